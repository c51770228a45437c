package org.readout.extract.perspective;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.extract.knowledge.City;
import org.readout.extract.knowledge.Knowledge;

/**
 * Which state a few words name: a country's name, alias or adjective ("Russian", "Spain's", "the UAE's"), or its
 * capital standing for its government ("Seoul's foreign ministry", "the Foreign Ministry in Tokyo").
 */
final class CountryForms {
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}.'’-]*+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    private static final int MAX_WORDS = 4;

    private final Knowledge knowledge;

    CountryForms(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    /** The state the words at the end of {@code text} name, if they do ("... the Russian", "... Seoul's"). */
    Optional<String> atEnd(String text) {
        String[] words = words(text);
        for (int n = Math.min(MAX_WORDS, words.length); n >= 1; n--) {
            Optional<String> c = named(String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n, words.length)));
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    /** The state any capitalised run of words in {@code text} names. */
    Optional<String> within(String text, String alpha3) {
        String[] words = words(text);
        for (int i = 0; i < words.length; i++) {
            if (!Character.isUpperCase(words[i].codePointAt(0))) {
                continue;
            }
            for (int n = Math.min(MAX_WORDS, words.length - i); n >= 1; n--) {
                Optional<String> c = named(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n)));
                if (c.isPresent() && (alpha3 == null || c.get().equals(alpha3))) {
                    return c;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> named(String phrase) {
        String p = POSSESSIVE.matcher(phrase).replaceFirst("");
        if (p.isEmpty() || !Character.isUpperCase(p.codePointAt(0))) {
            return Optional.empty();
        }
        return knowledge.countries().byAnyForm(p).map(c -> c.alpha3())
                .or(() -> knowledge.gazetteer().lookup(p).stream().filter(City::isCapital).findFirst().map(City::country));
    }

    private static String[] words(String text) {
        Matcher m = WORD.matcher(text);
        java.util.List<String> words = new java.util.ArrayList<>();
        while (m.find()) {
            words.add(m.group());
        }
        return words.toArray(String[]::new);
    }
}
