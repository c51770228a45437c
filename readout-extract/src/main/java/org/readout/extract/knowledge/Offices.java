package org.readout.extract.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.readout.extract.text.Fold;

/**
 * Title phrases read as canonical offices: "Secretary of State" of the United States and
 * "Foreign Secretary" of the United Kingdom are the {@code Foreign Minister}; "Chancellor" of
 * Germany is the {@code Prime Minister}. A phrase of a given state is looked up with that state
 * first, then as any state's.
 */
public final class Offices {
    /** A title phrase read with the state it names: "the Kazakh President" is KAZ's President. */
    public record Reading(String country, Office office) {
    }

    private static final Pattern POSSESSIVE_S = Pattern.compile("'s\\b");
    private static final String ANY = "";
    /** Where a run of titles divides: "State Councilor and Foreign Minister", "Minister of Foreign Affairs, African Cooperation ...". */
    private static final Pattern PARTS = Pattern.compile("\\s*,\\s*|\\s+(?:and|&)\\s+");
    /** Words before a title that leave the office as it is. */
    private static final List<String> SAME_OFFICE = List.of("acting ", "interim ", "incumbent ", "current ", "new ");

    private final Map<String, Map<String, Office>> byPhrase = new HashMap<>();
    private final Countries countries;

    Offices(Table table, Countries countries) {
        this.countries = countries;
        for (Table.Row r : table.rows()) {
            Office office;
            try {
                office = new Office(r.get("office"), Office.Level.parse(r.get("level")));
            } catch (IllegalArgumentException e) {
                throw new KnowledgeException(r.file(), r.line(), "level must be one of " + Arrays.toString(Office.Level.values()));
            }
            String country = r.optional("country");
            byPhrase.computeIfAbsent(key(r.get("phrase")), k -> new HashMap<>()).put(country == null ? ANY : country, office);
            byPhrase.computeIfAbsent(key(office.name()), k -> new HashMap<>()).putIfAbsent(ANY, office);
        }
    }

    private static String key(String phrase) {
        String k = Fold.key(phrase);
        return k.startsWith("the ") ? k.substring(4) : k;
    }

    /**
     * The office a title phrase names in that state ({@code country} may be null): the whole phrase,
     * else without "of Malaysia" at its end, else its first part that is an office
     * ("Minister of Foreign Affairs and European Integration" is the Foreign Minister).
     */
    public Optional<Office> canonical(String titlePhrase, String country) {
        List<Office> all = all(titlePhrase, country);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Every office a run of titles names, in order: "Deputy Prime Minister and Foreign Minister" names two. */
    public List<Office> all(String titlePhrase, String country) {
        if (titlePhrase == null || titlePhrase.isBlank()) {
            return List.of();
        }
        Office whole = exact(key(titlePhrase), country);
        if (whole != null) {
            return List.of(whole);
        }
        List<Office> found = new ArrayList<>();
        for (String part : PARTS.split(titlePhrase.strip())) {
            Office office = exact(key(part), country);
            if (office != null && !found.contains(office)) {
                found.add(office);
            }
        }
        return found;
    }

    private Office exact(String key, String country) {
        for (String prefix : SAME_OFFICE) {
            if (key.startsWith(prefix)) {
                key = key.substring(prefix.length());
            }
        }
        Office found = form(key, country);
        if (found != null) {
            return found;
        }
        Split split = ofCountry(key);
        return split == null ? null : form(split.title(), country != null ? country : split.country());
    }

    private Office form(String key, String country) {
        Map<String, Office> forms = byPhrase.get(key);
        if (forms == null) {
            return null;
        }
        Office own = country == null ? null : forms.get(country);
        return own != null ? own : forms.get(ANY);
    }

    private record Split(String title, String country) {
    }

    /** "prime minister of malaysia" is the title "prime minister" of MYS; null when no state ends the key. */
    private Split ofCountry(String key) {
        for (int of = key.lastIndexOf(" of "); of > 0; of = key.lastIndexOf(" of ", of - 1)) {
            Optional<Country> named = countries.byName(key.substring(of + 4));
            if (named.isPresent()) {
                return new Split(key.substring(0, of), named.get().alpha3());
            }
        }
        return null;
    }

    /**
     * A title phrase that names its state: "the Kazakh President", "Turkiye's Foreign Minister",
     * "the EU's top diplomat", "Prime Minister of Malaysia". Empty when no state or no office is named.
     */
    public Optional<Reading> read(String phrase) {
        String[] words = Fold.key(phrase.replace("’", "'").transform(p -> POSSESSIVE_S.matcher(p).replaceAll(""))).split(" ");
        int start = words.length > 0 && words[0].equals("the") ? 1 : 0;
        int longest = Math.min(countries.longestNameWords(), words.length - start - 1);
        for (int n = longest; n >= 1; n--) {
            String state = String.join(" ", Arrays.copyOfRange(words, start, start + n));
            Optional<Country> country = countries.byAnyForm(state);
            if (country.isPresent()) {
                String title = String.join(" ", Arrays.copyOfRange(words, start + n, words.length));
                String code = country.get().alpha3();
                return canonical(title, code).map(o -> new Reading(code, o));
            }
        }
        Split split = ofCountry(String.join(" ", Arrays.copyOfRange(words, start, words.length)));
        return split == null ? Optional.empty()
                : canonical(split.title(), split.country()).map(o -> new Reading(split.country(), o));
    }
}
