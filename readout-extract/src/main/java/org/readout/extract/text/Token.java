package org.readout.extract.text;

/** A word or punctuation mark with its UTF-16 offsets in the document (end exclusive). */
public record Token(String text, int start, int end) {
    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isWord() {
        return !text.isEmpty() && Character.isLetter(text.codePointAt(0));
    }

    public boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }
}
