package org.readout.extract.person;

import java.util.List;
import java.util.Optional;
import org.readout.extract.knowledge.Countries;
import org.readout.extract.knowledge.Country;
import org.readout.extract.text.Fold;
import org.readout.extract.text.Token;

/**
 * Finds a country's name or adjective among a sentence's tokens: "Vietnamese", "the Republic of
 * Korea", "People's Republic of China", "Ghana's". Only words make up a name, so "Korea (ROK)," is
 * "Korea".
 */
public final class CountryWords {
    private final Countries countries;

    public CountryWords(Countries countries) {
        this.countries = countries;
    }

    /** How many tokens from {@code j} name a country or its adjective (longest match), 0 if none. */
    public int at(List<Token> tokens, int j) {
        Match m = match(tokens, j);
        return m == null ? 0 : m.words();
    }

    /** The country the {@code n} tokens from {@code j} name (as {@link #at} counted them), or empty. */
    public Optional<Country> country(List<Token> tokens, int j, int n) {
        Match m = match(tokens, j);
        return m != null && m.words() == n ? Optional.of(m.country()) : Optional.empty();
    }

    private record Match(int words, Country country) {
    }

    /**
     * The longest name from {@code j}, word by word while some name goes on with these words: each
     * word folded once, the last one also without a possessive ending ("Ghana's").
     */
    private Match match(List<Token> tokens, int j) {
        Token first = tokens.get(j);
        if (!first.isCapitalized() || !first.isWord()) {
            return null;
        }
        Match best = null;
        StringBuilder key = new StringBuilder();
        for (int k = j; k < tokens.size() && k - j < countries.longestNameWords() && tokens.get(k).isWord(); k++) {
            String word = tokens.get(k).text();
            String raw = Fold.key(word);
            String bare = Fold.key(NameTokens.bare(word));
            String prefix = key.length() == 0 ? "" : key + " ";
            Country c = countries.byKey(prefix + bare);
            if (c == null && !raw.equals(bare)) {
                c = countries.byKey(prefix + raw);
            }
            if (c != null) {
                best = new Match(k - j + 1, c);
            }
            key.append(key.length() == 0 ? "" : " ").append(raw);
            if (!countries.continues(key.toString()) && !(raw.equals(bare) ? false : countries.continues(prefix + bare))) {
                break;
            }
        }
        return best;
    }
}
