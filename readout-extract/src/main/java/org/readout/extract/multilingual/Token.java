package org.readout.extract.multilingual;

/**
 * A word of a foreign text, or one character of Chinese, Japanese or Korean, with its folded key.
 * Offsets are UTF-16, end-exclusive.
 *
 * @param capitalised the word begins with an upper-case letter
 * @param ideographic a Han, kana or Hangul character, which stands alone
 */
record Token(String key, int start, int end, boolean capitalised, boolean ideographic) {
    boolean number() {
        return !ideographic && key.chars().allMatch(Character::isDigit);
    }
}
