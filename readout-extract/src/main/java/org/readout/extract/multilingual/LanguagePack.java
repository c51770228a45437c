package org.readout.extract.multilingual;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.readout.extract.knowledge.KnowledgeException;
import org.readout.extract.knowledge.Table;

/**
 * One language's file under {@code lang/}: rows of {@code kind, text, value, country}. Kinds:
 * the {@link CueKind}s ({@code meet}, {@code phone}, {@code planned} ...); {@code title} (value: the
 * office in English); {@code country} (value: alpha-3; names beyond those the JDK's CLDR data gives);
 * {@code place} (value: the city in English, or empty for a region named in column {@code region});
 * {@code month}, {@code weekday} (1 = Monday), {@code relative} (days from the day of writing),
 * {@code era} (the year before the era's first); {@code date} (a regular expression, see
 * {@link DateReader}); {@code setting} (text: the setting's name).
 */
record LanguagePack(String code, List<Entry> entries, Map<String, String> settings) {

    /** A row; {@code line} for error messages. */
    record Entry(String kind, String text, String value, String country, String region, String file, int line) {
        int number() {
            try {
                return Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new KnowledgeException(file, line, "'" + kind + "' needs a number, not '" + value + "'");
            }
        }
    }

    LanguagePack {
        entries = List.copyOf(entries);
        settings = Map.copyOf(settings);
    }

    static LanguagePack from(String code, Table table) {
        List<Entry> entries = new ArrayList<>();
        Map<String, String> settings = new HashMap<>();
        for (Table.Row r : table.rows()) {
            String kind = r.get("kind");
            String text = r.get("text");
            String value = r.optional("value") == null ? "" : r.optional("value");
            if (kind.equals("setting")) {
                settings.put(text, value);
            } else {
                entries.add(new Entry(kind, text, value, r.optional("country"), r.optional("region"), table.file(), r.line()));
            }
        }
        return new LanguagePack(code, entries, settings);
    }

    List<Entry> of(String kind) {
        return entries.stream().filter(e -> e.kind().equals(kind)).toList();
    }

    Inflection inflection() {
        int maxEnding = Integer.parseInt(settings.getOrDefault("max-ending", "0"));
        List<String> prefixes = Arrays.stream(settings.getOrDefault("prefixes", "").split("\\|"))
                .map(String::strip).filter(s -> !s.isEmpty())
                .sorted((a, b) -> b.length() - a.length()).toList();
        return new Inflection(maxEnding, settings.getOrDefault("stem-vowels", ""), prefixes);
    }

    /** Whether a title stands before a name ("外长王毅"), after it ("岸田外務大臣"), or either ("Wang Yi, ministro de ..."). */
    TitleSide titleSide() {
        return TitleSide.valueOf(settings.getOrDefault("title-side", "before").strip().toUpperCase(java.util.Locale.ROOT));
    }

    enum TitleSide { BEFORE, AFTER, BOTH }
}
