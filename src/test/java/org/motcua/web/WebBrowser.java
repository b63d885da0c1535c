package org.motcua.web;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** The shared headless chromium pointed at the platform: open a path, read the page, check its accessibility. */
public final class WebBrowser {

    private final WebDriver driver;
    private final String baseUrl;

    WebBrowser(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    /** A phone's window (390 × 844), as every test starts with. */
    static final org.openqa.selenium.Dimension PHONE = new org.openqa.selenium.Dimension(390, 844);
    /** An office screen (1280 × 900), for the staff pages, which are desktop first. */
    static final org.openqa.selenium.Dimension DESKTOP = new org.openqa.selenium.Dimension(1280, 900);

    /** Resizes the window to a desktop's for the rest of this test (the next test starts at phone size again). */
    public WebBrowser desktop() {
        driver.manage().window().setSize(DESKTOP);
        return this;
    }

    /** Opens a path of the platform, e.g. {@code /procedures?q=khai sinh}. */
    public WebBrowser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Types into the field with this id (cleared first). */
    public WebBrowser fill(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /**
     * Clicks the submit button (or link styled as a button) with this text and waits for the page it leads to:
     * a click returns before the browser has the next page, and under load a test would read the old one.
     */
    public WebBrowser press(String text) {
        WebElement button = driver.findElements(By.cssSelector("button, a.button")).stream()
                .filter(b -> b.getText().strip().startsWith(text)).findFirst()
                .orElseThrow(() -> new AssertionError("No button '" + text + "' on " + driver.getCurrentUrl()));
        String target = button.getAttribute("href");
        clickAndWait(button, target == null || !target.contains("#"));
        return this;
    }

    /** Clicks the link with this text; unless it points into the same page, waits for the page it leads to. */
    public WebBrowser clickLink(String text) {
        WebElement link = driver.findElement(By.linkText(text));
        String href = link.getDomAttribute("href");
        clickAndWait(link, href == null || !href.startsWith("#"));
        return this;
    }

    /** Clicks the element this selector finds (a link or button that leaves the page) and waits for the next page. */
    public WebBrowser follow(String css) {
        clickAndWait(find(css), true);
        return this;
    }

    private void clickAndWait(WebElement element, boolean navigates) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        if (!navigates) {
            return;
        }
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(d -> gone(page));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Whether the old page's root element has left the document. Chromium answers a question about it during the
     * navigation with either a stale-element error or an "unknown error: Node … does not belong to the document":
     * both mean it is gone.
     */
    private static boolean gone(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    public String title() {
        return driver.getTitle();
    }

    /** The visible text of {@code <main>}. */
    public String mainText() {
        return find("main").getText();
    }

    /** The current path and query, without the host. */
    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    public WebDriver driver() {
        return driver;
    }

    /** Fails with a readable list when axe-core finds serious or critical accessibility violations on this page. */
    public WebBrowser assertAccessible() {
        Axe.assertNoSeriousViolations(driver);
        return this;
    }
}
