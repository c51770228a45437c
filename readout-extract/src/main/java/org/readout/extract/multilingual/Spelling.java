package org.readout.extract.multilingual;

/**
 * One way a text may write an official's name: {@code name} is the common English spelling,
 * {@code country} the state the names file gives (null where only {@code officials.tsv} knows them).
 */
record Spelling(String text, String name, String country, boolean surnameOnly) {
}
