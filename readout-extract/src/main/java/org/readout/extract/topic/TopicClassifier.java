package org.readout.extract.topic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.readout.extract.knowledge.Titles;
import org.readout.extract.knowledge.TopicLexicon;
import org.readout.extract.text.Sentence;
import org.readout.model.Span;
import org.readout.model.Statement;

/**
 * Gives each statement the taxonomy topics its phrases signal, and the document the topics of its
 * statements and story. A topic word in the name of an office or institution ("Minister of Industry
 * and Trade", "the Royal Malaysian Air Force") is part of a name, not a topic.
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
        return lexicon.topicsIn(sentence, this::outsideAnOfficesName);
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
        Set<Span> said = new HashSet<>();
        statements.forEach(s -> {
            topics.addAll(s.topics());
            said.add(s.evidence());
        });
        sentences.stream().filter(s -> !s.cutOff() && !said.contains(s.span()) && isProse(s.text()))
                .forEach(s -> topics.addAll(topicsOf(s.text())));
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

    /**
     * False for a match of title words inside a capitalised name that holds a title head or an
     * institution word ("Minister of Industry and Trade"), or anywhere in a state's formal name
     * ("Democratic People's Republic of Korea"); a person's or place's name beside the title keeps its match.
     */
    boolean outsideAnOfficesName(String text, int start, int end) {
        if (!Character.isUpperCase(text.charAt(start))) {
            return true;
        }
        List<int[]> name = nameAround(text, start, end);
        boolean office = false;
        boolean stateName = false;
        for (int[] w : name) {
            String word = text.substring(w[0], w[1]);
            office |= isOfficeWord(word);
            stateName |= word.equalsIgnoreCase("republic");
        }
        if (!office || stateName) {
            return !office;
        }
        // the match is the office's own words ("Trade" in "Minister of Industry and Trade", "Air Force"), not a name beside it
        boolean otherWord = false;
        for (int[] w : name) {
            String word = text.substring(w[0], w[1]);
            if (w[0] < end && w[1] > start) {
                if (isOfficeWord(word)) {
                    return false;
                }
                otherWord |= titles.roleOf(word).isEmpty() && !CONNECTORS.contains(word.toLowerCase(Locale.ROOT));
            }
        }
        return otherWord;
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

    /** The words of the capitalised name around [start, end): capitalised words joined by spaces and by "of", "and", "the". */
    private static List<int[]> nameAround(String text, int start, int end) {
        List<int[]> words = new ArrayList<>();
        int[] word = wordAt(text, start);
        while (word != null && (word[0] < end || joins(text, word))) {
            words.add(word);
            word = nextWord(text, word[1]);
        }
        for (word = previousWord(text, start); word != null && joins(text, word); word = previousWord(text, word[0])) {
            words.add(0, word);
        }
        // a connector is no name's first or last word
        while (words.size() > 1 && !isCapitalised(text, words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        while (words.size() > 1 && !isCapitalised(text, words.get(0))) {
            words.remove(0);
        }
        return words;
    }

    private static boolean joins(String text, int[] word) {
        return isCapitalised(text, word) || CONNECTORS.contains(text.substring(word[0], word[1]).toLowerCase(Locale.ROOT));
    }

    private static boolean isCapitalised(String text, int[] word) {
        return Character.isUpperCase(text.charAt(word[0]));
    }

    private static int[] wordAt(String text, int start) {
        int end = start;
        while (end < text.length() && isWordChar(text.charAt(end))) {
            end++;
        }
        return end == start ? null : new int[] {start, end};
    }

    /** The word after {@code from} where only spaces stand between; else null. */
    private static int[] nextWord(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i == from ? null : wordAt(text, i);
    }

    /** The word before {@code to} where only spaces stand between; else null. */
    private static int[] previousWord(String text, int to) {
        int i = to;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        if (i == to || i == 0 || !isWordChar(text.charAt(i - 1))) {
            return null;
        }
        int start = i;
        while (start > 0 && isWordChar(text.charAt(start - 1))) {
            start--;
        }
        return new int[] {start, i};
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’';
    }
}
