package org.readout.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The plain text of one document, with whatever its container told us about it
 * (an HTML page's title, canonical URL, publication time, site name). Hints may be null;
 * the extractor prefers them to what it reads off the text. {@code metadata} keeps what else the
 * container said (a dump's other columns), by name; never null, in the container's order.
 */
public record SourceDocument(String id, String text, String title, String url, LocalDate published, String siteName,
                             Map<String, String> metadata) {
    public SourceDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** A document without metadata: what plain files and web pages give. */
    public SourceDocument(String id, String text, String title, String url, LocalDate published, String siteName) {
        this(id, text, title, url, published, siteName, Map.of());
    }

    public static SourceDocument of(String id, String text) {
        return new SourceDocument(id, text, null, null, null, null);
    }
}
