package org.readout.extract.zone;

import java.util.Objects;
import org.readout.model.Span;

/** A stretch of the document (UTF-16 offsets, end exclusive) and what it is. */
public record Zone(ZoneKind kind, Span span) {
    public Zone {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
    }

    /** The zone's text in {@code text}. */
    public String text(String text) {
        return text.substring(span.start(), span.end());
    }
}
