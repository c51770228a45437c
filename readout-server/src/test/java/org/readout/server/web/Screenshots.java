package org.readout.server.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * PNGs of the pages for the docs, saved only when -Dreadout.screenshots=DIR is set: the page from
 * its top, below the fold included, cut at a height that keeps each file small.
 */
record Screenshots(Path dir) {
    static final String PROPERTY = "readout.screenshots";
    private static final int MAX_HEIGHT = 1400;

    static Screenshots fromSystemProperty() {
        String dir = System.getProperty(PROPERTY, "");
        return new Screenshots(dir.isBlank() ? null : Path.of(dir));
    }

    /** What the window shows: a modal panel is only in this one. */
    void saveWindow(ChromeDriver browser, String name) {
        if (dir != null) {
            write(name, browser.getScreenshotAs(OutputType.BYTES));
        }
    }

    void save(ChromeDriver browser, String name) {
        if (dir == null) {
            return;
        }
        long width = (Long) browser.executeScript("return document.documentElement.clientWidth");
        long height = Math.min(MAX_HEIGHT, (Long) browser.executeScript("return document.documentElement.scrollHeight"));
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        write(name, Base64.getDecoder().decode((String) shot.get("data")));
    }

    private void write(String name, byte[] png) {
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
