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
        Token t = tokens.get(j);
        if (!t.isCapitalized() || !countries.mayBegin(NameTokens.bare(t.text()))) {
            return 0;
        }
        int longest = Math.min(countries.longestNameWords(), tokens.size() - j);
        int words = 0;
        while (words < longest && tokens.get(j + words).isWord()) {
            words++;
        }
        for (int n = words; n >= 1; n--) {
            if (country(tokens, j, n).isPresent()) {
                return n;
            }
        }
        return 0;
    }

    /** The country the {@code n} tokens from {@code j} name, with or without a possessive ending. */
    public Optional<Country> country(List<Token> tokens, int j, int n) {
        StringBuilder raw = new StringBuilder();
        StringBuilder bare = new StringBuilder();
        for (int k = j; k < j + n; k++) {
            String word = tokens.get(k).text();
            raw.append(k > j ? " " : "").append(word);
            bare.append(k > j ? " " : "").append(NameTokens.bare(word));
        }
        if (Fold.key(raw.toString()).isEmpty()) {
            return Optional.empty();
        }
        return countries.byAnyForm(bare.toString()).or(() -> countries.byAnyForm(raw.toString()));
    }
}
