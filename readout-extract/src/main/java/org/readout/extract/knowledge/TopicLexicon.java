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
     * One phrase, compiled alone, and its first word as {@link #caseFold} folds it: a text without
     * that cue cannot match, so most phrases are ruled out by {@code String.contains}.
     */
    public record Phrase(String cue, Pattern pattern) {
        /** {@code folded} is {@code caseFold(text)}, made once for all phrases. */
        public boolean occursIn(String text, String folded) {
            return folded.contains(cue) && pattern.matcher(text).find();
        }
    }

    /** A topic and the phrases that signal it. */
    public record Topic(String id, List<Phrase> phrases) {
        public Topic {
            phrases = List.copyOf(phrases);
        }

        public boolean occursIn(String text, String folded) {
            for (Phrase p : phrases) {
                if (p.occursIn(text, folded)) {
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
            list.add(new Topic(id, r.list("phrases").stream().map(TopicLexicon::phrase).toList()));
        }
        topics = List.copyOf(list);
    }

    private static Phrase phrase(String text) {
        boolean open = text.endsWith("*");
        String body = Pattern.quote(open ? text.substring(0, text.length() - 1) : text).replace(" ", "\\E[\\s-]+\\Q");
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])" + body + (open ? "[\\p{L}-]*" : "") + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        String first = text.split("[ *]", 2)[0];
        // Only ASCII folds here exactly as the pattern folds it; the empty cue, found in every text, keeps the rest exact.
        return new Phrase(first.chars().allMatch(c -> c < 0x80) ? caseFold(first) : "", pattern);
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
