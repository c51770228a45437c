package org.readout.extract.multilingual;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.readout.extract.knowledge.Official;
import org.readout.extract.knowledge.Officials;
import org.readout.extract.knowledge.Table;

/**
 * Every spelling of every official: the English names and variants of {@code officials.tsv}, the
 * spellings in other scripts and languages of {@code official-names.tsv}, and the surnames that
 * stand for one person alone ("Лавров", "Kerry", "岸田"), which later reports use.
 */
final class Spellings {
    /** A Latin, Cyrillic or Arabic surname shorter than this is too likely another word. */
    private static final int MIN_SURNAME = 4;
    /**
     * A surname in Chinese characters after a middle dot ("谢尔盖·拉夫罗夫"), or in Hangul, shorter than this is too likely
     * part of another word ("马斯" of "哈马斯", "바로" right away); the press's short ones are listed ("普京", "푸틴").
     */
    private static final int MIN_SYLLABLE_SURNAME = 3;
    /** Kana write a syllable in one or two letters: a surname in kana shorter than this is too likely part of a word. */
    private static final int MIN_KANA_SURNAME = 4;
    /** Words that join a person's name to a forefather's (Arabic bin, ibn): the last word is no surname. */
    private static final Set<String> PATRONYMIC = Set.of("bin", "ibn", "bint", "ben", "бен", "бин", "ибн", "بن", "بنت", "ابن",
            "本", "ビン", "빈");
    /** States whose people's names come family name first, so that the last word written in Latin letters is a given name. */
    private static final Set<String> FAMILY_NAME_FIRST = Set.of("CHN", "KOR", "PRK");
    private static final String WORD_BREAKS = "[\\s·・]+";

    private Spellings() {
    }

    static List<Spelling> of(Officials officials, Table names) {
        List<Spelling> full = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Table.Row r : names.rows()) {
            String name = r.get("name");
            full.add(new Spelling(name, name, false));
            r.list("spellings").forEach(s -> full.add(new Spelling(s, name, false)));
        }
        for (Official o : officials.all()) {
            if (seen.add(o.name())) {
                full.add(new Spelling(o.name(), o.name(), false));
                o.variants().forEach(v -> full.add(new Spelling(v, o.name(), false)));
            }
        }
        List<Spelling> all = new ArrayList<>(full);
        all.addAll(surnames(full, officials));
        return List.copyOf(all);
    }

    /**
     * A surname becomes a spelling of its own only when no one else in the files bears it and, in a script without
     * capitals, it is no one's given name: the first word of a name that is not that person's own surname (as
     * "Kishida" of "Kishida Fumio" is). With capitals, a given name shows itself by the capitalised word after it.
     */
    private static List<Spelling> surnames(List<Spelling> full, Officials officials) {
        Map<String, Set<String>> bearers = new HashMap<>();
        Map<String, Spelling> first = new HashMap<>();
        Map<String, Set<String>> ownSurnames = new HashMap<>();
        for (Spelling s : full) {
            String[] words = s.text().strip().split(WORD_BREAKS);
            Set<String> own = ownSurnames.computeIfAbsent(s.name(), k -> new HashSet<>());
            own.add(words[words.length - 1].toLowerCase(Locale.ROOT));
            String surname = surname(s.text(), order(s, officials));
            if (surname != null) {
                String key = surname.toLowerCase(Locale.ROOT);
                own.add(key);
                bearers.computeIfAbsent(key, k -> new HashSet<>()).add(s.name());
                first.putIfAbsent(key, new Spelling(surname, s.name(), true));
            }
        }
        Set<String> givenNames = new HashSet<>();
        for (Spelling s : full) {
            String[] words = s.text().strip().split(WORD_BREAKS);
            String word = words[0].toLowerCase(Locale.ROOT);
            if (words.length > 1 && !ownSurnames.get(s.name()).contains(word)) {
                givenNames.add(word);
            }
        }
        Set<String> fullKeys = new HashSet<>();
        full.forEach(s -> fullKeys.add(s.text().toLowerCase(Locale.ROOT)));
        List<Spelling> out = new ArrayList<>();
        first.forEach((key, s) -> {
            boolean cased = Character.isUpperCase(s.text().codePointAt(0)) || Character.isLowerCase(s.text().codePointAt(0));
            if (bearers.get(key).size() == 1 && !fullKeys.contains(key) && (cased || !givenNames.contains(key))) {
                out.add(s);
            }
        });
        return out;
    }

    /** How a person's names are ordered, from the states they served. */
    enum NameOrder {
        /** Given name first: the surname is the last word. */
        WESTERN,
        /** Family name first, as in Japan: the surname is the first word (of a name in Hangul, which writes it apart). */
        JAPANESE,
        /** Family name first, one-syllable family names (China, Korea): no word of a Latin spelling stands alone. */
        CHINESE,
        /** Vietnamese: a report names someone by the last two words. */
        VIETNAMESE
    }

    private static NameOrder order(Spelling s, Officials officials) {
        List<String> states = officials.lookup(s.name()).stream().map(Official::country).distinct().toList();
        if (states.contains("VNM")) {
            return NameOrder.VIETNAMESE;
        }
        if (states.contains("JPN")) {
            return NameOrder.JAPANESE;
        }
        return states.stream().anyMatch(FAMILY_NAME_FIRST::contains) ? NameOrder.CHINESE : NameOrder.WESTERN;
    }

    /**
     * The part of a name a report may use alone: the last word ("Sergey Lavrov"), the last two of
     * a Vietnamese name ("Binh Minh"), the part after the last middle dot of a name in Chinese characters
     * or kana ("レックス・ティラーソン"), the part before the space of a Chinese or Japanese name written
     * with one ("岸田 文雄"), the last word of a name in Hangul (the first of a Japanese one); null where
     * there is none or it is too short to stand alone.
     */
    static String surname(String spelling, NameOrder order) {
        String s = spelling.strip();
        String[] words = s.split(WORD_BREAKS);
        for (int i = 1; i < words.length - 1; i++) {
            if (PATRONYMIC.contains(words[i].toLowerCase(Locale.ROOT))) {
                return null; // "Faisal bin Farhan", not "Ben Wallace"
            }
        }
        int firstLetter = s.isEmpty() ? 0 : s.codePointAt(0);
        if (ForeignTokenizer.hangul(firstLetter)) {
            String part = words.length < 2 ? null : order == NameOrder.JAPANESE ? words[0] : words[words.length - 1];
            return part != null && part.length() >= MIN_SYLLABLE_SURNAME ? part : null;
        }
        if (ForeignTokenizer.ideographic(firstLetter)) {
            int dot = Math.max(s.lastIndexOf('・'), s.lastIndexOf('·'));
            int space = s.indexOf(' ');
            if (dot < 0) {
                return space >= 2 ? s.substring(0, space) : null; // "岸田 文雄": the curator marked the surname
            }
            String part = s.substring(dot + 1);
            boolean kana = part.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA);
            return part.length() >= (kana ? MIN_KANA_SURNAME : MIN_SYLLABLE_SURNAME) ? part : null;
        }
        if (words.length < 2 || order == NameOrder.CHINESE) {
            return null;
        }
        if (order == NameOrder.VIETNAMESE) {
            return words.length >= 3 ? words[words.length - 2] + " " + words[words.length - 1] : null;
        }
        String last = words[words.length - 1];
        return last.length() >= MIN_SURNAME && Character.isLetter(last.charAt(0)) ? last : null;
    }
}
