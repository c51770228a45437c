package org.readout.extract.multilingual;

/**
 * A word of a foreign text, or one character of Chinese or Japanese, with its folded key.
 * Offsets are UTF-16, end-exclusive.
 *
 * @param capitalised the word begins with an upper-case letter
 * @param ideographic a Han, kana or similar character, which stands alone
 */
record Token(String key, int start, int end, boolean capitalised, boolean ideographic) {
}
