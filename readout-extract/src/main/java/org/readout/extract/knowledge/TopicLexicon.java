package org.readout.extract.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The topic ids of the taxonomy with the phrases that signal each. A phrase is matched
 * case-insensitively at word boundaries; a trailing {@code *} matches any word ending.
 */
public final class TopicLexicon {
    /**
     * One topic's compiled phrases, and the first word of each as {@link #caseFold} folds it. A
     * match can only start where a cue starts, so the pattern is tried at those places alone.
     */
    public record Topic(String id, Pattern pattern, List<String> cues) {
        public Topic {
            cues = List.copyOf(cues);
        }

        /** {@code folded} is {@code caseFold(text)}, made once for all topics. */
        public boolean occursIn(String text, String folded) {
            if (folded.length() != text.length()) {
                return pattern.matcher(text).find(); // offsets would not line up; no Unicode case pair does this
            }
            Matcher m = pattern.matcher(text).useTransparentBounds(true);
            for (String cue : cues) {
                for (int at = folded.indexOf(cue); at >= 0; at = folded.indexOf(cue, at + 1)) {
                    if (m.region(at, text.length()).lookingAt()) {
                        return true;
                    }
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
            list.add(new Topic(id, compile(words), cues(words)));
        }
        topics = List.copyOf(list);
    }

    private static Pattern compile(List<String> phrases) {
        StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < phrases.size(); i++) {
            String p = phrases.get(i);
            boolean open = p.endsWith("*");
            String body = Pattern.quote(open ? p.substring(0, p.length() - 1) : p).replace(" ", "\\E[\\s-]+\\Q");
            sb.append(i == 0 ? "" : "|").append(body).append(open ? "[\\p{L}-]*" : "");
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
