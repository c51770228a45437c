package org.readout.extract.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private final Tokenizer tokenizer = new Tokenizer();

    private List<String> words(String text) {
        return tokenizer.tokenize(text, 0).stream().map(Token::text).toList();
    }

    @Test
    void keepsHyphenatedNamesInitialsAndAbbreviationsWhole() {
        assertThat(words("Jean-Yves Le Drian's talks with Antony J. Blinken in the U.S. on 3 Nov. went well."))
                .containsExactly("Jean-Yves", "Le", "Drian's", "talks", "with", "Antony", "J.", "Blinken", "in", "the",
                        "U.S.", "on", "3", "Nov.", "went", "well", ".");
    }

    // Each joined part once cost the pattern a stack frame: 20 KB of "a-" overflowed the stack.
    @Test
    void aWordOfManyJoinedPartsIsOneToken() {
        for (String joiner : List.of("-", "'", "’", "+")) {
            String word = ("a" + joiner).repeat(100_000) + "a";
            List<Token> tokens = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> tokenizer.tokenize(word, 0));
            assertThat(tokens).singleElement().extracting(Token::text).isEqualTo(word);
        }
    }

    @Test
    void aLongRunOfSpacesAfterAnInitialIsReadOnce() {
        String text = "J." + " ".repeat(100_000) + "x";
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(30), () -> words(text))).containsExactly("J", ".", "x");
    }
}
