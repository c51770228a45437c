package org.readout.extract.text;

import java.util.regex.Pattern;

/** The one pattern for a run of white space, compiled once for every stage that splits on it. */
public final class Whitespace {
    public static final Pattern RUNS = Pattern.compile("\\s+");

    private Whitespace() {
    }
}
