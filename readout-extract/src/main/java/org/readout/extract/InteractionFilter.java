package org.readout.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.readout.extract.grammar.ClauseReader;
import org.readout.extract.knowledge.FunctionWords;
import org.readout.extract.knowledge.Knowledge;
import org.readout.extract.knowledge.Predicate;
import org.readout.extract.knowledge.VerbForms;
import org.readout.extract.multilingual.MultilingualReader;
import org.readout.extract.text.Token;
import org.readout.extract.text.Tokenizer;

/**
 * The cheap test before extraction: whether a text may hold an event or a statement, from its words alone
 * (no sentence model, no tagger, no parser). It errs one way only: a text it turns down gets no event and no
 * statement from {@link Readout#extract}, as checked on every corpus text; a text it lets through may get none.
 *
 * <p>The words are the pipeline's own knowledge, asked the way the pipeline asks it. A language with a pack
 * needs one of the pack's interaction words. English needs what a frame or an interaction is made of:
 * <ul>
 *   <li>a predicate (predicates.tsv: interaction and reporting words), "according to", or a transcript's colon;
 *   <li>and someone it can be said of: a state's name, adjective or metonym, or an official's surname
 *       (capitalised); a title's head, honorific or courtesy word (a person the text names gets a state
 *       from their title or the outlet); the parties together ("both", "two", a collective such as "sides") or "they"/"we"; or an
 *       interaction noun, whose talks speak for both sides ("the talks covered ...");
 *   <li>or else a reporting verb in the passive ("it was agreed that ..."), which speaks for both sides with no
 *       party named.
 * </ul>
 * Immutable and thread-safe.
 */
final class InteractionFilter {
    /** How many words before a participle its passive auxiliary may stand: "was also warmly welcomed". */
    private static final int PASSIVE_WINDOW = 5;
    /** Sources.accordingTo's frame. */
    private static final String ACCORDING = "according";
    /** TranscriptLabels' mark: "Foreign Minister X: ...". */
    private static final char LABEL_COLON = ':';
    private static final Pattern WORD_PARTS = Pattern.compile("['’\\-+]");
    private static final Set<FunctionWords.Kind> PARTIES = Set.of(FunctionWords.Kind.BOTH, FunctionWords.Kind.COLLECTIVE,
            FunctionWords.Kind.THEY, FunctionWords.Kind.WE);
    private final Knowledge knowledge;
    private final MultilingualReader foreign;
    private final Tokenizer tokenizer = new Tokenizer();
    /** The first words of the interaction nouns, singular and plural, lower-case. */
    private final Set<String> interactionNouns = new HashSet<>();
    /** The simple past and past participle forms of the reporting verbs: "agreed", "discussed". */
    private final Set<String> reportingParticiples = new HashSet<>();

    InteractionFilter(Knowledge knowledge, MultilingualReader foreign) {
        this.knowledge = knowledge;
        this.foreign = foreign;
        for (Predicate p : knowledge.predicates().all()) {
            String first = p.words().get(0);
            if (p.use() == Predicate.Use.INTERACTION && p.pos() == Predicate.PartOfSpeech.NOUN) {
                interactionNouns.add(first);
                // Predicates reads "talks" as well as "talk": the plural of a one-word noun is its first word
                interactionNouns.add(p.words().size() > 1 || first.endsWith("s") ? first : first.endsWith("ch") ? first + "es" : first + "s");
            } else if (p.use() == Predicate.Use.REPORTING && p.pos() == Predicate.PartOfSpeech.VERB) {
                knowledge.predicates().verbs().forms(first).stream()
                        .filter(f -> f.inflection() == VerbForms.Inflection.PAST || f.inflection() == VerbForms.Inflection.PARTICIPLE)
                        .forEach(f -> reportingParticiples.add(f.text()));
            }
        }
    }

    /**
     * Whether the text, in the language {@link Readout} identified, may report an event or a statement.
     *
     * @param language the code the extraction's language identifier gives the text
     * @param english  whether that language is the one the full rules read
     */
    boolean mayReport(String text, String language, boolean english) {
        return english ? englishMayReport(text) : foreign.mayReport(text, language);
    }

    private boolean englishMayReport(String text) {
        boolean frame = text.indexOf(LABEL_COLON) >= 0;
        boolean party = false;
        List<String> written = words(text);
        List<String> lower = written.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        for (int i = 0; i < lower.size(); i++) {
            String word = lower.get(i);
            frame = frame || knowledge.predicates().mayStart(word) || word.equals(ACCORDING);
            party = party || names(written, lower, i) || interactionNouns.contains(word);
            if (frame && party || reportingParticiples.contains(word) && passive(lower, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text's tokens as the sentence tokenizer makes them, each followed by its parts between hyphens and
     * apostrophes ("China-Vietnam", "China's"): the story's zones may cut a word where the whole text does not.
     */
    private List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (Token t : tokenizer.tokenize(text, 0)) {
            words.add(t.text());
            if (WORD_PARTS.matcher(t.text()).find()) {
                words.addAll(List.of(WORD_PARTS.split(t.text())));
            }
        }
        return words;
    }

    /** Whether a party may be named at word {@code i}: a state, an official, a title before a name, the parties together. */
    private boolean names(List<String> written, List<String> lower, int i) {
        String word = written.get(i);
        if (knowledge.countries().namesAt(lower, i)
                || word.length() > 1 && Character.isUpperCase(word.charAt(0)) && knowledge.officials().mayEndName(word)) {
            return true;
        }
        Set<FunctionWords.Kind> kinds = knowledge.functionWords().kindsOf(lower.get(i));
        // "he" is a pronoun, H.E. (His Excellency) an honorific: the tokenizer keeps the dots of the one
        return kinds.stream().anyMatch(PARTIES::contains) || knowledge.titles().mayEndTitle(word) && kinds.isEmpty();
    }

    private static boolean passive(List<String> lower, int participle) {
        for (int k = Math.max(0, participle - PASSIVE_WINDOW); k < participle; k++) {
            if (ClauseReader.isPassiveAuxiliary(lower.get(k))) {
                return true;
            }
        }
        return false;
    }
}
