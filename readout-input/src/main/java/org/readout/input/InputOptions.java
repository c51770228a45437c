package org.readout.input;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * How containers are read. A dump's (JSON Lines, CSV) columns are found by the first of their
 * names that a row has, ignoring case; every other column is kept as the document's metadata.
 *
 * @param maxDepth          archives within archives followed this deep (a .tar.gz counts two)
 * @param maxExpansionRatio a compressed stream that expands more than this many times is a bomb
 */
public record InputOptions(List<String> textColumns, List<String> urlColumns, List<String> titleColumns,
                           List<String> dateColumns, List<String> siteColumns, int maxDepth, int maxExpansionRatio)
        implements Serializable {
    public static final int DEFAULT_MAX_DEPTH = 5;
    /** Apache POI's default (a minimum inflate ratio of 0.01): news text compresses about 3 to 10 times. */
    public static final int DEFAULT_MAX_EXPANSION_RATIO = 100;

    public InputOptions {
        textColumns = names(textColumns, "textColumns");
        urlColumns = names(urlColumns, "urlColumns");
        titleColumns = names(titleColumns, "titleColumns");
        dateColumns = names(dateColumns, "dateColumns");
        siteColumns = names(siteColumns, "siteColumns");
        if (maxDepth < 1 || maxExpansionRatio < 1) {
            throw new IllegalArgumentException("maxDepth and maxExpansionRatio must be positive");
        }
    }

    public static InputOptions defaults() {
        return new InputOptions(List.of("text", "content", "body"), List.of("url", "link"), List.of("title", "headline"),
                List.of("date", "published"), List.of("source", "outlet", "site"), DEFAULT_MAX_DEPTH, DEFAULT_MAX_EXPANSION_RATIO);
    }

    public InputOptions withTextColumn(String name) {
        return new InputOptions(List.of(name), urlColumns, titleColumns, dateColumns, siteColumns, maxDepth, maxExpansionRatio);
    }

    public InputOptions withUrlColumn(String name) {
        return new InputOptions(textColumns, List.of(name), titleColumns, dateColumns, siteColumns, maxDepth, maxExpansionRatio);
    }

    public InputOptions withTitleColumn(String name) {
        return new InputOptions(textColumns, urlColumns, List.of(name), dateColumns, siteColumns, maxDepth, maxExpansionRatio);
    }

    public InputOptions withDateColumn(String name) {
        return new InputOptions(textColumns, urlColumns, titleColumns, List.of(name), siteColumns, maxDepth, maxExpansionRatio);
    }

    public InputOptions withSiteColumn(String name) {
        return new InputOptions(textColumns, urlColumns, titleColumns, dateColumns, List.of(name), maxDepth, maxExpansionRatio);
    }

    private static List<String> names(List<String> names, String what) {
        List<String> copy = List.copyOf(Objects.requireNonNull(names, what));
        if (copy.isEmpty() || copy.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException(what + " must name at least one column, none blank");
        }
        return copy;
    }
}
