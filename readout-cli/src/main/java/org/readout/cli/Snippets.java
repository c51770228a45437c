package org.readout.cli;

import org.readout.store.SearchHit;

/** A search snippet's matched words, marked [[so]] by the store, as a person's output shows them. */
final class Snippets {
    private static final String BOLD = "\u001b[1m";
    private static final String PLAIN = "\u001b[0m";

    private Snippets() {
    }

    /** Bold on a terminal, else between asterisks; marks on adjacent words become one ("*South China Sea*"). */
    static String render(String snippet, boolean terminal) {
        String joined = snippet.replace(SearchHit.MARK_END + " " + SearchHit.MARK_START, " ");
        return joined.replace(SearchHit.MARK_START, terminal ? BOLD : "*").replace(SearchHit.MARK_END, terminal ? PLAIN : "*");
    }
}
