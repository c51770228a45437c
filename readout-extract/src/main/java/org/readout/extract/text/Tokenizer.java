package org.readout.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence into words and punctuation. Words keep inner hyphens, apostrophes and the dots
 * of initials and abbreviations ("Jean-Yves", "U.S.", "J."), so that name patterns see them whole.
 */
public final class Tokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{L}\\.){2,}"                                      // U.S., H.E.
            + "|\\p{Lu}\\.(?=\\s++(?:\\p{Lu}|\\p{Ll}{1,4}\\s++\\p{Lu}))"   // J. in Antony J. Blinken, F. in Albert F. del Rosario
            + "|(?:Mr|Mrs|Ms|Dr|Nov|Dec|Jan|Feb|Aug|Sept|Sep|Oct|St|No)\\.(?=\\s)"
            // Possessive: a greedy group loop recurses per part, and "a-a-a-..." of 20 KB overflowed the stack.
            + "|[\\p{L}\\p{M}\\p{N}]++(?:['’\\-+][\\p{L}\\p{M}\\p{N}]++)*+"
            + "|[^\\s\\p{L}\\p{M}\\p{N}]");

    public List<Token> tokenize(String text, int offset) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new Token(m.group(), offset + m.start(), offset + m.end()));
        }
        return tokens;
    }
}
