package org.readout.extract.multilingual;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.readout.extract.knowledge.Countries;
import org.readout.extract.knowledge.KnowledgeException;
import org.readout.extract.knowledge.Officials;
import org.readout.extract.knowledge.Table;

/**
 * The languages Readout reads besides English: one for each pack file {@code lang/<code>.tsv}
 * (the user's knowledge directory first), each with the rows of {@code lang/all.tsv}, the
 * spellings of officials and the JDK's (CLDR) names of countries in that language. A language is
 * compiled the first time a text in it comes, once; thread-safe.
 */
final class LanguageModels {
    /**
     * Languages read by another's pack: the withdrawn codes of Indonesian, Hebrew and Yiddish, and Malay, which the
     * Indonesian pack reads (the identifier also takes short Indonesian texts for Malay).
     */
    private static final Map<String, String> READ_BY = Map.of("in", "id", "iw", "he", "ji", "yi", "ms", "id");
    private final PackFiles files;
    private final List<Spelling> spellings;
    private final LanguagePack common;
    private final Countries countries;
    private final Map<String, Optional<LanguageModel>> compiled = new ConcurrentHashMap<>();

    LanguageModels(Path overrides, Officials officials, Countries countries) {
        this.files = new PackFiles(overrides);
        this.countries = countries;
        this.spellings = Spellings.of(officials, files.required("official-names.tsv"));
        this.common = LanguagePack.from("all", files.required("lang/all.tsv"));
    }

    /** The language's model, or empty where no pack reads it. */
    Optional<LanguageModel> forLanguage(String code) {
        String key = READ_BY.getOrDefault(code, code);
        return compiled.computeIfAbsent(key, k -> files.table("lang/" + k + ".tsv").map(t -> compile(LanguagePack.from(k, t))));
    }

    private LanguageModel compile(LanguagePack pack) {
        List<LanguagePack.Entry> entries = new ArrayList<>(pack.entries());
        entries.addAll(common.entries());
        ScriptFold fold = new ScriptFold(variants(pack), Boolean.parseBoolean(pack.settings().getOrDefault("keep-marks", "false")));
        ForeignTokenizer tokenizer = new ForeignTokenizer(fold);
        Lexicon.Builder lexicon = new Lexicon.Builder(tokenizer, pack.inflection());
        for (LanguagePack.Entry e : entries) {
            Sense sense = sense(e);
            if (sense != null) {
                lexicon.add(e.text(), sense);
            }
        }
        capitals().forEach((city, alpha3) -> lexicon.add(city, new Sense.Place(city, null, alpha3)));
        for (Spelling s : spellings) {
            lexicon.add(s.text(), new Sense.Person(s.name(), s.surnameOnly()));
        }
        countryNames(pack.code()).forEach((name, alpha3) -> lexicon.add(name, new Sense.Country(alpha3)));
        return new LanguageModel(pack.code(), tokenizer, lexicon.build(), new DateReader(entries, fold), pack.titleSide(),
                Boolean.parseBoolean(pack.settings().getOrDefault("names-by-capitals", "false")));
    }

    private static Sense sense(LanguagePack.Entry e) {
        return switch (e.kind()) {
            case "title" -> new Sense.Title(e.value());
            case "country" -> new Sense.Country(e.value());
            case "place" -> new Sense.Place(e.value().isEmpty() ? null : e.value(), e.region(), required(e, e.country()));
            case "month", "weekday", "era", "relative", "date" -> null;
            default -> cue(e);
        };
    }

    private static Sense cue(LanguagePack.Entry e) {
        try {
            return new Sense.Cue(CueKind.of(e.kind()));
        } catch (IllegalArgumentException unknown) {
            throw new KnowledgeException(e.file(), e.line(), "unknown kind '" + e.kind() + "'");
        }
    }

    private static String required(LanguagePack.Entry e, String value) {
        if (value == null) {
            throw new KnowledgeException(e.file(), e.line(), "a place needs its country");
        }
        return value;
    }

    // Traditional characters as simplified, where a pack names such a table ("setting variants lang/zh-variants.tsv").
    private Map<Integer, Integer> variants(LanguagePack pack) {
        String file = pack.settings().get("variants");
        if (file == null) {
            return Map.of();
        }
        Table table = files.required(file);
        Map<Integer, Integer> map = new HashMap<>();
        for (Table.Row r : table.rows()) {
            map.put(r.get("variant").codePointAt(0), r.get("standard").codePointAt(0));
        }
        return map;
    }

    /** Every state's capital as countries.tsv spells it in English, which texts in Latin letters mostly keep. */
    private Map<String, String> capitals() {
        Map<String, String> capitals = new HashMap<>();
        for (String alpha3 : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)) {
            countries.byCode(alpha3).filter(c -> c.capital() != null).ifPresent(c -> capitals.putIfAbsent(c.capital(), alpha3));
        }
        return capitals;
    }

    /** Every country's name in the language, as the JDK's CLDR data gives it, with the EU. */
    static Map<String, String> countryNames(String code) {
        Locale language = Locale.forLanguageTag(code);
        Map<String, String> names = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale("", alpha2);
            String name = country.getDisplayCountry(language);
            if (!name.equals(alpha2)) {
                names.putIfAbsent(name, country.getISO3Country());
            }
        }
        names.putIfAbsent(new Locale("", "EU").getDisplayCountry(language), "EUU");
        return names;
    }
}
