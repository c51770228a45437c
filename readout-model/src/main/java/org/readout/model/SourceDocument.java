package org.readout.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The plain text of one document, with whatever its container told us about it
 * (an HTML page's title, canonical URL, publication time, site name). Hints may be null;
 * the extractor prefers them to what it reads off the text.
 */
public record SourceDocument(String id, String text, String title, String url, LocalDate published, String siteName) {
    public SourceDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    public static SourceDocument of(String id, String text) {
        return new SourceDocument(id, text, null, null, null, null);
    }
}
