package org.readout.server.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The system's Chromium and chromedriver, headless. Selenium Manager is never consulted (it would
 * download a browser): both binaries are given by path.
 */
final class Chromium {
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /** CI sets it: there a missing browser is a failure, not a skip. */
    static final String REQUIRED = "readout.browser.required";

    private Chromium() {
    }

    /** Skips the calling test class when there is no browser here, unless one is required. */
    static void assumeInstalled() {
        boolean present = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        if (Boolean.getBoolean(REQUIRED)) {
            if (!present) {
                throw new IllegalStateException(REQUIRED + " is set but " + BROWSER + " or " + DRIVER + " is missing");
            }
            return;
        }
        Assumptions.assumeTrue(present, "browser tests skipped: " + BROWSER + " and " + DRIVER
                + " are needed (install chromium and chromium-driver); -D" + REQUIRED + "=true makes this a failure");
    }

    /** A fresh headless browser with its own new profile folder. */
    static ChromeDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1366,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return driver;
    }

    /** Emulates a phone screen (CSS pixels), or the laptop again when {@code width} is 0. */
    static void emulate(ChromeDriver driver, int width, int height) {
        if (width == 0) {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            return;
        }
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1.5, "mobile", true));
    }
}
