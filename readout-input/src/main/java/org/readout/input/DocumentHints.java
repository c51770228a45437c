package org.readout.input;

import java.time.LocalDate;
import java.util.Map;
import org.readout.model.SourceDocument;

/** What a container says about one of its documents; each hint given (not null) replaces what the text said. */
record DocumentHints(String title, String url, LocalDate published, String siteName, Map<String, String> metadata) {
    DocumentHints(String title, String url, LocalDate published, String siteName) {
        this(title, url, published, siteName, Map.of());
    }

    DecodeResult applyTo(DecodeResult result) {
        if (!result.accepted()) {
            return result;
        }
        SourceDocument d = result.document();
        SourceDocument hinted = new SourceDocument(d.id(), d.text(), or(title, d.title()), or(url, d.url()),
                published != null ? published : d.published(), or(siteName, d.siteName()), metadata);
        return new DecodeResult(hinted, result.problems());
    }

    private static String or(String hint, String own) {
        return hint != null && !hint.isBlank() ? hint.strip() : own;
    }
}
