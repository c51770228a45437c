package org.readout.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core (from its webjar on the test class path) run in the page: the WCAG 2.0 and 2.1 rules of
 * levels A and AA, each violation as "rule: what, at which elements".
 */
final class Axe {
    private static final String SCRIPT = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final String RUN = "const done = arguments[arguments.length - 1];"
            + " axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
            + ".then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' at '"
            + " + v.nodes.map(n => n.target.join(' ') + (n.failureSummary ? ' (' + n.failureSummary.replace(/\\s+/g, ' ') + ')' : ''))"
            + ".slice(0, 5).join('; '))), e => done(['axe failed: ' + e]));";

    private Axe() {
    }

    static String script() {
        try (InputStream in = Axe.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is not on the test class path (the axe-core webjar)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The violations on the page now shown, after injecting {@code script}. */
    @SuppressWarnings("unchecked")
    static List<String> violations(ChromeDriver browser, String script) {
        browser.executeScript(script);
        return (List<String>) browser.executeAsyncScript(RUN);
    }
}
