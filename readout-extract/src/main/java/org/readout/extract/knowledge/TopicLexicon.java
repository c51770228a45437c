package org.readout.extract.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The topic ids of the taxonomy with the phrases that signal each. A phrase is matched at word
 * boundaries, in any case unless it is written with a capital ("EU", "UN" match only so); a
 * trailing {@code *} matches any word ending. A match inside one of the topic's exceptions
 * ("positive energy" for energy, "Belt and Road" for roads) does not count.
 */
public final class TopicLexicon {
    /**
     * One topic's compiled phrases, and the first word of each as {@link #caseFold} folds it. A
     * match can only start where a cue starts, so the pattern is tried at those places alone.
     */
    public record Topic(String id, Pattern pattern, List<String> cues, Pattern except) {
        public Topic {
            cues = List.copyOf(cues);
        }

        /** {@code folded} is {@code caseFold(text)}, made once for all topics. */
        public boolean occursIn(String text, String folded) {
            List<int[]> exceptions = null;
            if (folded.length() != text.length()) {
                // offsets would not line up; no Unicode case pair does this
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    exceptions = exceptions == null ? exceptions(text) : exceptions;
                    if (!covered(exceptions, m.start(), m.end())) {
                        return true;
                    }
                }
                return false;
            }
            Matcher m = pattern.matcher(text).useTransparentBounds(true);
            for (String cue : cues) {
                for (int at = folded.indexOf(cue); at >= 0; at = folded.indexOf(cue, at + 1)) {
                    if (m.region(at, text.length()).lookingAt()) {
                        exceptions = exceptions == null ? exceptions(text) : exceptions;
                        if (!covered(exceptions, m.start(), m.end())) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        private List<int[]> exceptions(String text) {
            if (except == null) {
                return List.of();
            }
            List<int[]> spans = new ArrayList<>();
            Matcher m = except.matcher(text);
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
            }
            return spans;
        }

        private static boolean covered(List<int[]> spans, int start, int end) {
            for (int[] s : spans) {
                if (s[0] <= start && end <= s[1]) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final Pattern TAXONOMY_ID = Pattern.compile("\"id\"\\s*:\\s*\"([a-z_]+)\"");
    private final List<Topic> topics;

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
            list.add(new Topic(id, compile(words), cues(words), except.isEmpty() ? null : compile(except)));
        }
        topics = List.copyOf(list);
    }

    private static Pattern compile(List<String> phrases) {
        StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < phrases.size(); i++) {
            String p = phrases.get(i);
            boolean open = p.endsWith("*");
            String body = Pattern.quote(open ? p.substring(0, p.length() - 1) : p).replace(" ", "\\E[\\s-]+\\Q");
            boolean asWritten = !p.equals(p.toLowerCase(java.util.Locale.ROOT));
            sb.append(i == 0 ? "" : "|").append(asWritten ? "(?-i:" : "").append(body).append(open ? "[\\p{L}-]*" : "")
                    .append(asWritten ? ")" : "");
        }
        sb.append(")(?![\\p{L}\\p{N}])");
        return Pattern.compile(sb.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Each phrase's text up to its first space or its '*'. */
    private static List<String> cues(List<String> phrases) {
        Set<String> cues = new LinkedHashSet<>();
        for (String p : phrases) {
            String word = p.split("[ *]", 2)[0];
            // Only ASCII folds here exactly as the pattern folds it; the empty cue, found everywhere, keeps the rest exact.
            cues.add(word.chars().allMatch(c -> c < 0x80) ? caseFold(word) : "");
        }
        return List.copyOf(cues);
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
