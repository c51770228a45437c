package org.readout.extract.topic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.readout.extract.knowledge.Titles;
import org.readout.extract.knowledge.TopicLexicon;
import org.readout.extract.text.Sentence;
import org.readout.model.Statement;

/**
 * Gives each statement the taxonomy topics its phrases signal, and the document the union. A
 * topic word in the name of an office or institution ("Minister of Industry and Trade", "the Royal
 * Malaysian Air Force") is part of a name, not a topic.
 */
public final class TopicClassifier {
    // Words that make a capitalised name an institution's, beside the title heads ("Minister", "Secretary").
    private static final Set<String> INSTITUTIONS = Set.of("ministry", "ministries", "department", "agency", "bureau", "office",
            "force", "forces", "corps", "republic", "radio", "television", "newspaper");
    private static final Set<String> CONNECTORS = Set.of("of", "and", "for", "the");
    private final TopicLexicon lexicon;
    private final Titles titles;

    public TopicClassifier(TopicLexicon lexicon, Titles titles) {
        this.lexicon = lexicon;
        this.titles = titles;
    }

    public List<String> topicsOf(String sentence) {
        List<String> found = new ArrayList<>();
        String text = withoutOffices(sentence);
        String folded = TopicLexicon.caseFold(text);
        for (TopicLexicon.Topic t : lexicon.topics()) {
            if (t.occursIn(text, folded)) {
                found.add(t.id());
            }
        }
        return found;
    }

    /** The text with the title words of each capitalised name that holds a title head or an institution word blanked out. */
    String withoutOffices(String text) {
        List<int[]> words = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && (isWordChar(text.charAt(i)) || isApostrophe(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLetter(text.charAt(i + 1)))) {
                i++;
            }
            words.add(new int[] {start, i});
        }
        StringBuilder out = null;
        int k = 0;
        while (k < words.size()) {
            if (!capitalised(text, words.get(k))) {
                k++;
                continue;
            }
            // a name: capitalised words, joined by spaces and by "of", "and", "the" before another capitalised word
            int first = k;
            int last = k;
            boolean office = isOfficeWord(word(text, words.get(k)));
            int j = k + 1;
            while (j < words.size() && onlySpaces(text, words.get(j - 1)[1], words.get(j)[0])) {
                String w = word(text, words.get(j));
                if (capitalised(text, words.get(j))) {
                    last = j;
                    office |= isOfficeWord(w);
                } else if (!CONNECTORS.contains(w.toLowerCase(Locale.ROOT))) {
                    break;
                }
                j++;
            }
            if (office) {
                // the title's own words go ("Minister of Industry and Trade"), a person's or place's name stays;
                // a state's formal name goes whole ("Democratic People's Republic of Korea")
                boolean stateName = false;
                for (int m = first; m <= last; m++) {
                    stateName |= word(text, words.get(m)).equalsIgnoreCase("republic");
                }
                out = out == null ? new StringBuilder(text) : out;
                for (int m = first; m <= last; m++) {
                    String w = word(text, words.get(m));
                    if (stateName || isOfficeWord(w) || titles.roleOf(w).isPresent()) {
                        for (int c = words.get(m)[0]; c < words.get(m)[1]; c++) {
                            out.setCharAt(c, ' ');
                        }
                    }
                }
            }
            k = last + 1;
        }
        return out == null ? text : out.toString();
    }

    private static String word(String text, int[] span) {
        return text.substring(span[0], span[1]);
    }

    private static boolean capitalised(String text, int[] span) {
        return Character.isUpperCase(text.charAt(span[0]));
    }

    private static boolean onlySpaces(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    private boolean isOfficeWord(String word) {
        for (String part : word.split("-")) {
            String lower = part.toLowerCase(Locale.ROOT);
            if (INSTITUTIONS.contains(lower) || !lower.isEmpty() && titles.isHead(lower)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-';
    }

    public List<Statement> classify(List<Statement> statements) {
        return statements.stream().map(s -> new Statement(s.speaker(), s.country(), s.kind(), topicsOf(s.text()),
                s.text(), s.evidence())).toList();
    }

    /**
     * What the document speaks about: its statements' topics and those of the story's own sentences
     * (what the leaders discussed is often narrated, not reported as anyone's words). Headlines, menus,
     * captions and cut-off lines are no story sentences.
     */
    public List<String> documentTopics(List<Statement> statements, List<Sentence> sentences) {
        Set<String> topics = new TreeSet<>();
        statements.forEach(s -> topics.addAll(s.topics()));
        sentences.stream().filter(s -> !s.cutOff() && isProse(s.text())).forEach(s -> topics.addAll(topicsOf(s.text())));
        return List.copyOf(new LinkedHashSet<>(topics));
    }

    /** Eight words or more, most of them lower-case: a sentence of the story, not a headline, menu or caption. */
    static boolean isProse(String text) {
        int words = 0;
        int lower = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                words++;
                if (Character.isLowerCase(text.charAt(i))) {
                    lower++;
                }
            }
        }
        return words >= 8 && lower * 2 > words;
    }
}
