package org.motcua.web;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import java.io.File;
import java.time.Duration;

/**
 * Starts Debian's headless chromium once per test run (closed when the run ends) and gives each test a
 * {@link WebBrowser} on the platform's random port, with its cookies cleared. No download at run time: the browser
 * and its driver come from the {@code chromium} and {@code chromium-driver} packages.
 */
final class Chromium implements ParameterResolver {

    private static final String BINARY = System.getProperty("motcua.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("motcua.chromedriver", "/usr/bin/chromedriver");

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WebBrowser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ChromeDriver driver = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(Driver.class, k -> new Driver(start()), Driver.class).driver;
        driver.manage().deleteAllCookies();
        if (!driver.manage().window().getSize().equals(WebBrowser.PHONE)) {
            driver.manage().window().setSize(WebBrowser.PHONE); // a test may have resized it (WebBrowser.desktop())
        }
        String port = SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port");
        return new WebBrowser(driver, "http://localhost:" + port);
    }

    private static ChromeDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        // phone first: the pages are checked at a small phone's width
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=390,844",
                "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** The shared driver, quit when the test run's root context closes. */
    private record Driver(ChromeDriver driver) implements AutoCloseable {
        @Override
        public void close() {
            driver.quit();
        }
    }
}
