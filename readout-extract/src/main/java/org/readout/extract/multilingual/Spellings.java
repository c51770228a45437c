package org.readout.extract.multilingual;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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

    private Spellings() {
    }

    static List<Spelling> of(Officials officials, Table names) {
        List<Spelling> full = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Table.Row r : names.rows()) {
            String name = r.get("name");
            String country = r.get("country");
            full.add(new Spelling(name, name, country, false));
            r.list("spellings").forEach(s -> full.add(new Spelling(s, name, country, false)));
        }
        for (Official o : officials.all()) {
            if (seen.add(o.name())) {
                full.add(new Spelling(o.name(), o.name(), null, false));
                o.variants().forEach(v -> full.add(new Spelling(v, o.name(), null, false)));
            }
        }
        List<Spelling> all = new ArrayList<>(full);
        all.addAll(surnames(full, officials));
        return List.copyOf(all);
    }

    // A surname becomes a spelling of its own only when no one else in the files bears it.
    private static List<Spelling> surnames(List<Spelling> full, Officials officials) {
        Map<String, Set<String>> bearers = new HashMap<>();
        Map<String, Spelling> first = new HashMap<>();
        for (Spelling s : full) {
            String surname = surname(s.text(), isVietnamese(s, officials));
            if (surname != null) {
                String key = surname.toLowerCase(java.util.Locale.ROOT);
                bearers.computeIfAbsent(key, k -> new HashSet<>()).add(s.name());
                first.putIfAbsent(key, new Spelling(surname, s.name(), s.country(), true));
            }
        }
        Set<String> fullKeys = new HashSet<>();
        full.forEach(s -> fullKeys.add(s.text().toLowerCase(java.util.Locale.ROOT)));
        List<Spelling> out = new ArrayList<>();
        first.forEach((key, s) -> {
            if (bearers.get(key).size() == 1 && !fullKeys.contains(key)) {
                out.add(s);
            }
        });
        return out;
    }

    private static boolean isVietnamese(Spelling s, Officials officials) {
        return "VNM".equals(s.country()) || officials.lookup(s.name()).stream().anyMatch(o -> o.country().equals("VNM"));
    }

    /**
     * The part of a name a report may use alone: the last word ("Sergey Lavrov"), the last two of
     * a Vietnamese name ("Binh Minh"), the part after the last middle dot of a name in kana
     * ("レックス・ティラソン"), the part before the space of a Chinese or Japanese name written
     * with one ("岸田 文雄"); null where there is none.
     */
    static String surname(String spelling, boolean vietnamese) {
        String s = spelling.strip();
        boolean ideographic = !s.isEmpty() && ForeignTokenizer.ideographic(s.codePointAt(0));
        if (ideographic) {
            int dot = Math.max(s.lastIndexOf('・'), s.lastIndexOf('·'));
            int space = s.indexOf(' ');
            String part = dot >= 0 ? s.substring(dot + 1) : space > 0 ? s.substring(0, space) : null;
            return part != null && part.length() >= 2 ? part : null;
        }
        String[] words = s.split("[\\s·]+");
        if (words.length < 2) {
            return null;
        }
        if (vietnamese) {
            return words.length >= 3 ? words[words.length - 2] + " " + words[words.length - 1] : null;
        }
        String last = words[words.length - 1];
        return last.length() >= MIN_SURNAME && Character.isLetter(last.charAt(0)) ? last : null;
    }
}
