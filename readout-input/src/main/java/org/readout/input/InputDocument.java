package org.readout.input;

import java.util.Objects;

/**
 * One document an input yields, or the reason it could not be read. A plain file yields one;
 * a container (feed, archive, dump) yields one per item, named by {@code entry}: archive entry
 * names joined by {@code "!/"}, an item's position after {@code "#"} ({@code feeds.zip!/mfa.xml#3}).
 *
 * @param source the input as the user gave it (a path, or "-" for standard input)
 * @param entry  where in the container the document was, or null for a plain file
 */
public record InputDocument(String source, String entry, DecodeResult result) {
    public InputDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(result, "result");
    }

    /** How a message names the document: the source, and the entry when there is one. */
    public String name() {
        return name(source, entry);
    }

    /** {@code dump.jsonl#12}, {@code batch.zip!/feeds/mfa.xml#3}: as the document's id writes it. */
    public static String name(String source, String entry) {
        if (entry == null) {
            return source;
        }
        return entry.startsWith("#") ? source + entry : source + "!/" + entry;
    }
}
