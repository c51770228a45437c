package org.readout.extract.multilingual;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.extract.header.DocumentHeader;
import org.readout.extract.knowledge.Knowledge;
import org.readout.model.Event;
import org.readout.model.Location;

/**
 * Events of a text in a language that has a pack: who met or spoke with whom, how, when and
 * where. Immutable and thread-safe; a language's pack is compiled on its first text.
 */
public final class MultilingualReader {
    /** A year standing alone ("năm 2015"), for dates written without one where no full date anchors them. */
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19[5-9]\\d|20[0-4]\\d)(?!\\d)");
    private final LanguageModels models;
    private final PersonReader persons;
    private final EventReader events = new EventReader();

    /** @param overrides a user's knowledge directory whose files replace the bundled ones, or null */
    public MultilingualReader(Knowledge knowledge, Path overrides) {
        this.models = new LanguageModels(overrides, knowledge.officials(), knowledge.countries());
        this.persons = new PersonReader(knowledge.officials());
    }

    /** Whether a pack reads this language (ISO 639-1). */
    public boolean reads(String language) {
        return language != null && models.forLanguage(language).isPresent();
    }

    /**
     * Whether {@link #read} may find an event: the pack's dictionary finds an interaction word in the text. The words
     * are found as {@code read} finds them, so a text for which this is false has no event; false without a pack.
     */
    public boolean mayReport(String text, String language) {
        Optional<LanguageModel> model = language == null ? Optional.empty() : models.forLanguage(language);
        return model.isPresent() && model.get().mentions(model.get().tokenizer().tokenize(text), text).stream()
                .anyMatch(m -> m.sense() instanceof Sense.Cue c && c.kind().isInteraction());
    }

    /** The interactions the text reports as having happened; none for a language without a pack. */
    public List<Event> read(String text, String language, DocumentHeader header) {
        Optional<LanguageModel> model = language == null ? Optional.empty() : models.forLanguage(language);
        if (model.isEmpty()) {
            return List.of();
        }
        ForeignDocument doc = ForeignDocument.read(text, model.get());
        LocalDate anchor = header.anchor() != null ? header.anchor()
                : doc.dates().stream().filter(DateExpression::complete).findFirst()
                .map(d -> LocalDate.of(d.year(), d.month(), d.day())).orElse(null);
        Integer year = anchor != null ? Integer.valueOf(anchor.getYear()) : header.yearHint() != null ? header.yearHint() : latestYear(text);
        EventReader.Setting setting = new EventReader.Setting(anchor, anchor != null && header.anchor() != null, year, dateline(doc));
        return events.read(doc, persons.read(doc, model.get(), year), setting);
    }

    private static Integer latestYear(String text) {
        Matcher m = YEAR.matcher(DateReader.asciiDigits(text));
        Integer latest = null;
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            latest = latest == null ? y : Math.max(latest, y);
        }
        return latest;
    }

    /**
     * The dateline's city: a city of the pack that opens a line ("Lima (Perú), ...", "БАКУ /Trend/", "(서울=연합뉴스)").
     * The header's dateline is not used: its gazetteer reads any word in any script as some town.
     */
    private static Location dateline(ForeignDocument doc) {
        for (Mention m : doc.mentions()) {
            if (m.sense() instanceof Sense.Place p && p.city() != null && SentencePlaces.dateline(doc, m)) {
                return new Location(p.city(), p.region(), p.country());
            }
        }
        return null;
    }
}
