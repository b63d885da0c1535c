import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Screenshots of the main citizen pages at a phone's width, from a running demo: the catalogue, the e-ID login, an
 * application for birth registration from the task list to the confirmation, "my dossiers" and "who looked at my
 * data"; then the staff pages at a desktop's width, logged in as the ward's reception desk. Run by
 * {@code scripts/screenshots.sh}; not a test.
 */
public class Screenshots {

    private static final String BIRTH = "1.001193.000.00.00.H29";
    /** The staff account the staff pages are shown to: the desk of the ward the birth registration was sent to. */
    private static final String STAFF = "sai-gon.reception";

    /**
     * The staff pages, at desktop width after the staff login: file name and path, one line each ({@code {code}} is
     * the dossier the citizen just submitted). A new staff page is one more line here.
     */
    private static final String[][] STAFF_PAGES = {
            {"18-staff-home", "/staff"},
            {"19-staff-inbox", "/staff/inbox"},
            {"20-staff-dossier", "/staff/dossiers/{code}"},
    };

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("motcua.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=390,844",
                "--lang=vi", "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("motcua.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        phone(driver, 844);
        try {
            driver.get(base + "/");
            shot(driver, out, "01-home");
            driver.get(base + "/procedures/" + BIRTH);
            shot(driver, out, "02-procedure");
            press(driver, "Bắt đầu");
            shot(driver, out, "03-login");
            press(driver, "Đăng nhập bằng tài khoản định danh điện tử");
            shot(driver, out, "04-demo-eid");
            driver.findElement(By.cssSelector("tr[data-personal-id='079096001234'] button")).click();
            shot(driver, out, "05-task-list");
            driver.get(base + "/apply/" + BIRTH + "/consent");
            shot(driver, out, "06-consent");
            driver.findElement(By.id("consent")).click();  // "yes"
            press(driver, "Tiếp tục");
            shot(driver, out, "07-prefilled");
            driver.get(base + "/apply/" + BIRTH + "/contact");
            new Select(driver.findElement(By.id("unit"))).selectByValue("sai-gon");
            fill(driver, "phone", "0903123456");
            press(driver, "Tiếp tục");
            driver.get(base + "/apply/" + BIRTH + "/questions/1");
            press(driver, "Tiếp tục");
            shot(driver, out, "08-question-errors");
            fill(driver, "childName", "Trần Minh An");
            fill(driver, "birthDate", "20/11/2026");
            driver.findElement(By.id("sex")).click();
            press(driver, "Tiếp tục");
            fill(driver, "placeOfBirth", "Bệnh viện Từ Dũ");
            fill(driver, "ethnicity", "Kinh");
            fill(driver, "nationality", "Việt Nam");
            press(driver, "Tiếp tục");
            driver.findElement(By.id("declarantRelationship-father")).click();
            press(driver, "Tiếp tục");
            shot(driver, out, "09-question-prefilled");
            press(driver, "Tiếp tục");
            press(driver, "Tiếp tục");
            driver.get(base + "/apply/" + BIRTH + "/uploads");
            Path pdf = Files.createTempFile("giay-chung-sinh", ".pdf");
            Files.write(pdf, "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
            driver.findElement(By.id("medical-birth-certificate")).sendKeys(pdf.toString());
            shot(driver, out, "10-uploads");
            press(driver, "Tiếp tục");
            driver.get(base + "/apply/" + BIRTH + "/check");
            shot(driver, out, "11-check-answers");
            press(driver, "Đồng ý và gửi hồ sơ");
            shot(driver, out, "12-confirmation");
            String code = driver.findElement(By.cssSelector(".panel strong")).getText();
            driver.get(base + "/my/dossiers");
            shot(driver, out, "13-my-dossiers");
            driver.get(base + "/my/dossiers/" + code);
            shot(driver, out, "14-dossier");
            driver.get(base + "/my/data-access");
            shot(driver, out, "15-who-looked-at-my-data");
            driver.get(base + "/lookup?code=" + code);
            shot(driver, out, "16-public-lookup");

            // staff, at desktop width, in a new session
            driver.manage().deleteAllCookies();
            desktop = true;
            driver.get(base + "/staff/login");
            fill(driver, "username", STAFF);
            fill(driver, "password", "demo");
            shot(driver, out, "17-staff-login");
            press(driver, "Đăng nhập");
            for (String[] page : STAFF_PAGES) {
                driver.get(base + page[1].replace("{code}", code));
                shot(driver, out, page[0]);
            }
        } finally {
            driver.quit();
        }
    }

    private static void press(ChromeDriver driver, String text) {
        for (WebElement b : driver.findElements(By.cssSelector("button, a.button"))) {
            if (b.getText().strip().startsWith(text)) {
                b.click();
                return;
            }
        }
        throw new IllegalStateException("No button '" + text + "' on " + driver.getCurrentUrl());
    }

    private static void fill(ChromeDriver driver, String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Whether the shots are of staff pages (1280 px wide) rather than citizen pages (390 px). */
    private static boolean desktop;

    /** A 390 px wide phone (a headless window cannot be narrower than about 500 px, so it is emulated). */
    private static void phone(ChromeDriver driver, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", 390, "height", height, "deviceScaleFactor", 1, "mobile", true));
    }

    /** An office screen, 1280 px wide. */
    private static void desktop(ChromeDriver driver, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", 1280, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** The whole page at 390 px wide, or 1280 px for staff pages. */
    private static void shot(ChromeDriver driver, Path out, String name) throws Exception {
        int minimum = desktop ? 900 : 844;
        if (desktop) {
            desktop(driver, minimum);
        }
        long height = (Long) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        int full = (int) Math.min(Math.max(height, minimum), 4000);
        if (desktop) {
            desktop(driver, full);
        } else {
            phone(driver, full);
        }
        File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), out.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        if (desktop) {
            desktop(driver, minimum);
        } else {
            phone(driver, 844);
        }
        System.out.println("saved " + out.resolve(name + ".png"));
    }
}
