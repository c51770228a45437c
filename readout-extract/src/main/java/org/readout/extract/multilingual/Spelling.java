package org.readout.extract.multilingual;

/** One way a text may write an official's name: {@code name} is the common English spelling, as in {@code officials.tsv}. */
record Spelling(String text, String name, boolean surnameOnly) {
}
