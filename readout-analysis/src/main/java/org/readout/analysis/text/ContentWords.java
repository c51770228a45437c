package org.readout.analysis.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import opennlp.tools.stemmer.PorterStemmer;
import org.readout.analysis.AnalysisData;
import org.readout.extract.knowledge.Table;
import org.readout.extract.text.Fold;

/**
 * The content words of a statement, for comparing statements worded differently: case and
 * diacritics folded, function words and readout boilerplate dropped ({@code stopwords.tsv}),
 * synonyms mapped ({@code synonyms.tsv}), Porter-stemmed; a country's names and adjectives
 * ("Vietnam", "Vietnamese", "Viet Nam") become one term, {@link #country}, of half weight, since
 * in a bilateral readout most statements name the other side. Immutable and thread-safe.
 */
public final class ContentWords {
    static final double COUNTRY_WEIGHT = 0.5;
    private static final int LONGEST_COUNTRY_NAME = 4;

    private final Set<String> stopwords;
    private final Map<String, String> synonyms;
    private final Map<String, String> countries;

    public ContentWords(Set<String> stopwords, Map<String, String> synonyms, Map<String, String> countries) {
        this.stopwords = Set.copyOf(stopwords);
        this.synonyms = Map.copyOf(synonyms);
        this.countries = Map.copyOf(countries);
    }

    /** With the bundled word lists and the extractor's country names. */
    public static ContentWords bundled() {
        return new ContentWords(
                AnalysisData.bundled("stopwords.tsv").rows().stream().map(r -> Fold.key(r.get("word")))
                        .collect(Collectors.toSet()),
                AnalysisData.bundled("synonyms.tsv").rows().stream().collect(Collectors.toMap(
                        r -> Fold.key(r.get("word")), r -> Fold.key(r.get("means")), (a, b) -> a)),
                countryForms(AnalysisData.knowledge("countries.tsv")));
    }

    /** The term that stands for a country (alpha-3) in {@link Terms}. */
    public static String country(String alpha3) {
        return "#" + alpha3;
    }

    public Terms of(String text) {
        List<String> words = List.of(Fold.key(text).split(" "));
        PorterStemmer stemmer = new PorterStemmer(); // keeps state between calls: one per text
        Map<String, Double> weights = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            int n = countryLength(words, i);
            if (n > 0) {
                weights.put(country(countries.get(String.join(" ", words.subList(i, i + n)))), COUNTRY_WEIGHT);
                i += n - 1;
            } else if (!words.get(i).isEmpty() && !stopwords.contains(words.get(i))) {
                String stem = stemmer.stem(synonyms.getOrDefault(words.get(i), words.get(i)));
                weights.put(stem, 1.0);
            }
        }
        return new Terms(weights);
    }

    /** How many words from {@code i} name a country, longest first; 0 if none. */
    private int countryLength(List<String> words, int i) {
        for (int n = Math.min(LONGEST_COUNTRY_NAME, words.size() - i); n > 0; n--) {
            if (countries.containsKey(String.join(" ", words.subList(i, i + n)))) {
                return n;
            }
        }
        return 0;
    }

    private static Map<String, String> countryForms(Table table) {
        Map<String, String> forms = new HashMap<>();
        for (Table.Row row : table.rows()) {
            String code = row.get("alpha3");
            forms.putIfAbsent(Fold.key(row.get("name")), code);
            row.list("aliases").forEach(a -> forms.putIfAbsent(Fold.key(a), code));
            row.list("adjectives").forEach(a -> forms.putIfAbsent(Fold.key(a), code));
        }
        return forms;
    }
}
