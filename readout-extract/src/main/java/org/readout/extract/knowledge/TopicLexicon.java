package org.readout.extract.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The topic ids of the taxonomy with the phrases that signal each. A phrase is matched at word
 * boundaries, in any case unless it is written with a capital ("EU", "UN" match only so); a
 * trailing {@code *} matches any word ending. A match inside one of the topic's exceptions
 * ("positive energy" for energy, "Belt and Road" for roads) does not count.
 */
public final class TopicLexicon {
    /** One topic: its phrases as one pattern and the phrases in which a match does not count (null if none). */
    public record Topic(String id, Pattern pattern, Pattern except) {
    }

    /** Whether a match at [start, end) of the text counts; the caller's veto beside the topics' exceptions. */
    @FunctionalInterface
    public interface MatchFilter {
        boolean accepts(String text, int start, int end);
    }

    /**
     * One phrase of a topic, looked up by its first word (or that word's start, for "vaccin*"). A plain phrase
     * (lower-case ASCII words, each starting and ending with a letter or digit) also keeps its words, to be
     * compared without the pattern: most phrases are such, and the pattern costs more than the comparison.
     */
    private record Phrase(int topic, Pattern pattern, List<String> words) {
    }

    private static final Pattern PLAIN_WORD = Pattern.compile("[a-z0-9](?:[\\x21-\\x7e]*[a-z0-9])?");

    private static final Pattern TAXONOMY_ID = Pattern.compile("\"id\"\\s*:\\s*\"([a-z_]+)\"");
    private final List<Topic> topics;
    private final Map<String, List<Phrase>> byWord = new HashMap<>();
    private final Map<String, List<Phrase>> byStart = new HashMap<>();
    private final Set<Integer> startLengths = new TreeSet<>();

    TopicLexicon(Table phrases, String taxonomyJson, String taxonomyFile) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = TAXONOMY_ID.matcher(taxonomyJson);
        while (m.find()) {
            ids.add(m.group(1));
        }
        List<Topic> list = new ArrayList<>();
        for (Table.Row r : phrases.rows()) {
            String id = r.get("topic");
            if (!ids.contains(id)) {
                throw new KnowledgeException(r.file(), r.line(), "topic '" + id + "' is not in " + taxonomyFile);
            }
            List<String> words = r.list("phrases");
            List<String> except = r.list("except");
            for (String p : words) {
                if (p.isEmpty() || !Character.isLetterOrDigit(p.charAt(0))) {
                    throw new KnowledgeException(r.file(), r.line(), "phrase '" + p + "' does not start with a letter or digit");
                }
                index(list.size(), p);
            }
            list.add(new Topic(id, compile(words), except.isEmpty() ? null : compile(except)));
        }
        topics = List.copyOf(list);
    }

    /** Files the phrase under its first run of letters and digits, folded as {@link #caseFold} folds text. */
    private void index(int topic, String phrase) {
        int end = 0;
        while (end < phrase.length() && Character.isLetterOrDigit(phrase.charAt(end))) {
            end++;
        }
        String first = caseFold(phrase.substring(0, end));
        List<String> words = List.of(phrase.split(" ", -1));
        boolean plain = phrase.equals(phrase.toLowerCase(Locale.ROOT))
                && words.stream().allMatch(w -> PLAIN_WORD.matcher(w).matches() && !w.contains("*"));
        Phrase entry = new Phrase(topic, compile(List.of(phrase)), plain ? words : null);
        boolean open = end < phrase.length() && phrase.charAt(end) == '*';
        if (open) {
            byStart.computeIfAbsent(first, k -> new ArrayList<>()).add(entry);
            startLengths.add(first.length());
        } else {
            byWord.computeIfAbsent(first, k -> new ArrayList<>()).add(entry);
        }
    }

    private static Pattern compile(List<String> phrases) {
        // A look-ahead for the phrases' first characters spares the look-behind and the alternation at most places.
        StringBuilder firsts = new StringBuilder();
        phrases.stream().filter(p -> !p.isEmpty()).mapToInt(p -> p.codePointAt(0))
                .forEach(c -> firsts.append(Character.isLetterOrDigit(c) ? "" : "\\").appendCodePoint(c));
        StringBuilder sb = new StringBuilder("(?=[").append(firsts).append("])(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < phrases.size(); i++) {
            String p = phrases.get(i);
            boolean open = p.endsWith("*");
            String body = Pattern.quote(open ? p.substring(0, p.length() - 1) : p).replace(" ", "\\E[\\s-]+\\Q");
            boolean asWritten = !p.equals(p.toLowerCase(Locale.ROOT));
            sb.append(i == 0 ? "" : "|").append(asWritten ? "(?-i:" : "").append(body).append(open ? "[\\p{L}-]*" : "")
                    .append(asWritten ? ")" : "");
        }
        sb.append(")(?![\\p{L}\\p{N}])");
        return Pattern.compile(sb.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * The ids of the topics that occur in the text, in the lexicon's order: a phrase matches at the start of
     * a word, outside its topic's exceptions, where {@code filter} accepts it. Only the phrases filed under
     * each word are tried there.
     */
    public List<String> topicsIn(String text, MatchFilter filter) {
        boolean[] found = new boolean[topics.size()];
        List<List<int[]>> exceptions = new ArrayList<>(java.util.Collections.nCopies(topics.size(), null));
        int n = text.length();
        for (int i = 0; i < n; ) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            String word = foldedWord(text, start, i);
            tryAt(text, start, byWord.get(word), found, exceptions, filter);
            for (int len : startLengths) {
                if (len <= word.length()) {
                    tryAt(text, start, byStart.get(word.substring(0, len)), found, exceptions, filter);
                }
            }
        }
        List<String> ids = new ArrayList<>();
        for (int t = 0; t < found.length; t++) {
            if (found[t]) {
                ids.add(topics.get(t).id());
            }
        }
        return ids;
    }

    private void tryAt(String text, int at, List<Phrase> phrases, boolean[] found, List<List<int[]>> exceptions,
                       MatchFilter filter) {
        if (phrases == null) {
            return;
        }
        for (Phrase p : phrases) {
            if (found[p.topic()]) {
                continue;
            }
            int end;
            if (p.words() != null) {
                end = plainMatchEnd(text, at, p.words());
            } else {
                Matcher m = p.pattern().matcher(text).region(at, text.length()).useTransparentBounds(true);
                end = m.lookingAt() ? m.end() : -1;
            }
            if (end >= 0 && !excepted(p.topic(), text, exceptions, at, end) && filter.accepts(text, at, end)) {
                found[p.topic()] = true;
            }
        }
    }

    /**
     * Where a plain phrase that starts at {@code at} ends, or -1: what its pattern finds there, words compared as
     * the case-insensitive pattern compares them and joined by any run of spaces and hyphens.
     */
    private static int plainMatchEnd(String text, int at, List<String> words) {
        if (at > 0 && isLetterOrNumber(text.codePointBefore(at))) {
            return -1;
        }
        int i = at;
        int n = text.length();
        for (int w = 0; w < words.size(); w++) {
            if (w > 0) {
                int gap = i;
                while (i < n && isSpaceOrHyphen(text.charAt(i))) {
                    i++;
                }
                if (i == gap) {
                    return -1;
                }
            }
            String word = words.get(w);
            if (i + word.length() > n) {
                return -1;
            }
            for (int k = 0; k < word.length(); k++) {
                char c = text.charAt(i + k);
                if (c != word.charAt(k) && Character.toLowerCase(Character.toUpperCase(c)) != word.charAt(k)) {
                    return -1;
                }
            }
            i += word.length();
        }
        return i < n && isLetterOrNumber(text.codePointAt(i)) ? -1 : i;
    }

    /** {@code [\p{L}\p{N}]}. */
    private static boolean isLetterOrNumber(int c) {
        return Character.isLetter(c) || switch (Character.getType(c)) {
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** {@code [\s-]}: the pattern's \s is ASCII white space. */
    private static boolean isSpaceOrHyphen(char c) {
        return c == ' ' || c == '-' || c >= '\t' && c <= '\r';
    }

    /** Whether an exception of the topic covers [start, end); a topic's exceptions are found once per text. */
    private boolean excepted(int topic, String text, List<List<int[]>> exceptions, int start, int end) {
        Pattern except = topics.get(topic).except();
        if (except == null) {
            return false;
        }
        List<int[]> spans = exceptions.get(topic);
        if (spans == null) {
            spans = new ArrayList<>();
            Matcher x = except.matcher(text);
            while (x.find()) {
                spans.add(new int[] {x.start(), x.end()});
            }
            exceptions.set(topic, spans);
        }
        for (int[] span : spans) {
            if (span[0] <= start && span[1] >= end) {
                return true;
            }
        }
        return false;
    }

    /** {@link #caseFold} of text[start, end), without its cost where the word is ASCII. */
    private static String foldedWord(String text, int start, int end) {
        char[] chars = new char[end - start];
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return caseFold(text.substring(start, end));
            }
            chars[i - start] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return new String(chars);
    }

    /** Each code point as a case-insensitive, Unicode-case pattern compares it: lower case of its upper case. */
    public static String caseFold(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> sb.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return sb.toString();
    }

    public List<Topic> topics() {
        return topics;
    }
}
