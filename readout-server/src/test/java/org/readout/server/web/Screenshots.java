package org.readout.server.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/** PNGs of the pages for the docs, saved only when -Dreadout.screenshots=DIR is set. */
record Screenshots(Path dir) {
    static final String PROPERTY = "readout.screenshots";

    static Screenshots fromSystemProperty() {
        String dir = System.getProperty(PROPERTY, "");
        return new Screenshots(dir.isBlank() ? null : Path.of(dir));
    }

    void save(TakesScreenshot browser, String name) {
        if (dir == null) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
