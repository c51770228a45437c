package org.readout.analysis.compare;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.readout.analysis.AnalysisData;
import org.readout.extract.knowledge.Table;

/**
 * Contested names and sensitive terms ({@code framing.tsv}) and where a text uses them: per concept,
 * the terms found, matched case-insensitively on word boundaries, the longest term of a concept first.
 * Immutable and thread-safe.
 */
public final class FramingLexicon {
    /** One row: a term for a concept, and the states that typically use it (empty: common usage). */
    public record Term(String concept, String term, Set<String> usedBy, String note) {
        public Term {
            usedBy = Set.copyOf(usedBy);
        }
    }

    /**
     * A concept's terms as one pattern, and for each term its longest word, folded: a text that holds
     * none of these words cannot match, and a substring test is far cheaper than running the pattern.
     */
    private record ConceptPattern(Pattern pattern, List<String> anchors) {
        static ConceptPattern of(List<Term> terms) {
            return new ConceptPattern(FramingLexicon.pattern(terms), terms.stream().map(t -> longestWord(t.term())).distinct().toList());
        }

        boolean mayOccurIn(String foldedText) {
            return anchors.stream().anyMatch(foldedText::contains);
        }
    }

    private final List<Term> terms;
    private final Map<String, ConceptPattern> patterns;

    public FramingLexicon(List<Term> terms) {
        this.terms = List.copyOf(terms);
        this.patterns = this.terms.stream().collect(Collectors.groupingBy(Term::concept, TreeMap::new,
                Collectors.collectingAndThen(Collectors.toList(), ConceptPattern::of)));
    }

    public static FramingLexicon bundled() {
        return of(AnalysisData.bundled("framing.tsv"));
    }

    /** From a table with the columns {@code concept}, {@code term}, {@code used_by} and {@code note}. */
    public static FramingLexicon of(Table table) {
        return new FramingLexicon(table.rows().stream().map(r -> new Term(r.get("concept"), r.get("term"),
                Set.copyOf(r.list("used_by")), r.optional("note"))).toList());
    }

    public List<Term> terms() {
        return terms;
    }

    /**
     * The concepts {@code text} mentions and the terms it uses for each, by concept. A term that two
     * concepts share counts for the concept whose users include one of {@code states}, if any does.
     */
    public Map<String, Set<String>> find(String text, Collection<String> states) {
        Map<String, Set<String>> found = new TreeMap<>();
        String folded = fold(text);
        patterns.forEach((concept, candidate) -> {
            if (!candidate.mayOccurIn(folded)) {
                return;
            }
            Matcher m = candidate.pattern().matcher(text);
            while (m.find()) {
                found.computeIfAbsent(concept, c -> new TreeSet<>()).add(canonical(concept, m.group()));
            }
        });
        found.entrySet().removeIf(e -> {
            e.getValue().removeIf(term -> belongsElsewhere(e.getKey(), term, states));
            return e.getValue().isEmpty();
        });
        return found;
    }

    private boolean belongsElsewhere(String concept, String term, Collection<String> states) {
        List<Term> sharing = terms.stream().filter(t -> t.term().equalsIgnoreCase(term)).toList();
        boolean someFits = sharing.stream().anyMatch(t -> fits(t, states));
        return sharing.size() > 1 && someFits
                && sharing.stream().noneMatch(t -> t.concept().equals(concept) && fits(t, states));
    }

    private static boolean fits(Term t, Collection<String> states) {
        return t.usedBy().stream().anyMatch(states::contains);
    }

    /** The term as the file writes it, for a match that differs in case, hyphens or apostrophes. */
    private String canonical(String concept, String matched) {
        String key = key(matched);
        return terms.stream().filter(t -> t.concept().equals(concept) && key(t.term()).equals(key))
                .map(Term::term).findFirst().orElse(matched);
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-‐–]+", " ").replace('’', '\'');
    }

    /** Case folded as the pattern's UNICODE_CASE compares characters, so that the substring test never misses a match. */
    private static String fold(String text) {
        return text.codePoints().map(cp -> Character.toLowerCase(Character.toUpperCase(cp)))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** The term's longest run of letters and digits, folded: every match of the term contains it. */
    private static String longestWord(String term) {
        return Arrays.stream(term.split("[\\s\\-'’]+")).map(FramingLexicon::fold)
                .max(Comparator.comparingInt(String::length)).orElse("");
    }

    private static Pattern pattern(List<Term> terms) {
        String alternatives = terms.stream().map(Term::term).sorted(Comparator.comparingInt(String::length).reversed())
                .map(FramingLexicon::flexible).collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A term whose hyphens and spaces match either, and whose apostrophes match either form. */
    private static String flexible(String term) {
        return Arrays.stream(term.split("[\\s\\-]+")).map(w -> Pattern.quote(w).replace("'", "\\E['’]\\Q"))
                .collect(Collectors.joining("[\\s\\-‐–]+"));
    }
}
