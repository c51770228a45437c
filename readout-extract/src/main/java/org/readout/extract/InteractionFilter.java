package org.readout.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.extract.grammar.ClauseReader;
import org.readout.extract.knowledge.FunctionWords;
import org.readout.extract.knowledge.Knowledge;
import org.readout.extract.knowledge.Predicate;
import org.readout.extract.knowledge.Predicates;
import org.readout.extract.knowledge.VerbForms;
import org.readout.extract.multilingual.MultilingualReader;
import org.readout.extract.person.NameTokens;
import org.readout.extract.text.Fold;
import org.readout.extract.text.Token;

/**
 * The cheap test before extraction: whether a text may hold an event or a statement, from its words alone
 * (no sentence model, no tagger, no parser). It errs one way only: a text it turns down gets no event and no
 * statement from {@link Readout#extract}, as checked on every corpus text; a text it lets through may get none.
 *
 * <p>The words are the pipeline's own knowledge, asked the way the pipeline asks it. A language with a pack
 * needs one of the pack's interaction words. English needs a line (sentences never run over a line's end) with a
 * frame: a predicate of predicates.tsv, "according to" or a transcript's colon; and someone it can be said of:
 * <ul>
 *   <li>in that line: a state's name, adjective or metonym; the parties together ("both", "two", a collective such
 *       as "sides"); "they", "we", "their", "our", which the discourse reads as both sides when no plural subject
 *       stands before them; an interaction noun, whose talks speak for both sides ("the talks covered ..."); "to"
 *       before an interaction verb ("met ... to discuss"); a reporting verb in the passive ("it was agreed that
 *       ..."), which speaks for both sides with no party named;
 *   <li>or anywhere: a person the person finder can tie to a state, who may then be "he" or "the minister" in the
 *       frame's line: a title's head, honorific or courtesy word in a line with a name word; an official's name
 *       written in full; an official's surname as a name word in a line with a predicate (the grammar takes a
 *       name it does not know for a person only as a predicate's subject or partner), opening its line only if
 *       the text writes it more fully elsewhere.
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
    /** Lines as the sentence splitter reads them. */
    private static final Pattern LINE = Pattern.compile("[^\\n]+");
    private static final Pattern WORD_PARTS = Pattern.compile("['’\\-+]");
    private static final Set<FunctionWords.Kind> PARTIES = Set.of(FunctionWords.Kind.BOTH, FunctionWords.Kind.COLLECTIVE,
            FunctionWords.Kind.THEY, FunctionWords.Kind.WE, FunctionWords.Kind.POSSESSIVE_PLURAL);
    private final Knowledge knowledge;
    private final MultilingualReader foreign;
    private final NameTokens names;
    /** The simple past and past participle forms of the reporting verbs: "agreed", "discussed". */
    private final Set<String> reportingParticiples = new HashSet<>();

    InteractionFilter(Knowledge knowledge, MultilingualReader foreign) {
        this.knowledge = knowledge;
        this.foreign = foreign;
        this.names = new NameTokens(knowledge);
        for (Predicate p : knowledge.predicates().all()) {
            if (p.use() == Predicate.Use.REPORTING && p.pos() == Predicate.PartOfSpeech.VERB) {
                knowledge.predicates().verbs().forms(p.words().get(0)).stream()
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

    /** One line's tokens, lower-cased, their parts between hyphens and apostrophes, and whether it has a frame. */
    private record Line(String text, List<Token> tokens, List<String> lower, List<String> parts, boolean framed) {
    }

    private boolean englishMayReport(String text) {
        List<Line> lines = lines(text);
        boolean framed = false;
        for (Line line : lines) {
            if (line.framed()) {
                if (local(line)) {
                    return true;
                }
                framed = true;
            }
        }
        if (!framed) {
            return false;
        }
        return lines.stream().anyMatch(line -> titledName(line) || namesPerson(line, lines));
    }

    private List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        Matcher m = LINE.matcher(text);
        while (m.find()) {
            List<Token> tokens = tokens(m.group(), m.start());
            List<String> lower = new ArrayList<>(tokens.size());
            List<String> parts = new ArrayList<>(tokens.size());
            for (Token t : tokens) {
                String word = t.text().toLowerCase(Locale.ROOT);
                lower.add(word);
                if (hasParts(word)) {
                    for (String part : WORD_PARTS.split(word)) {
                        if (!part.isEmpty()) {
                            parts.add(part);
                        }
                    }
                } else {
                    parts.add(word);
                }
            }
            lines.add(new Line(m.group(), tokens, lower, parts, frame(m.group(), lower, parts)));
        }
        return lines;
    }

    /**
     * The line's tokens as {@link org.readout.extract.text.Tokenizer} makes them (words with their inner hyphens and
     * apostrophes, "U.S.", one punctuation mark at a time), read without its regular expression, which cost the
     * filter half its time. One difference: an initial's or an abbreviation's dot ("J.", "Mr.") is a token of its own,
     * which the name checks below step over.
     */
    static List<Token> tokens(String line, int offset) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            int c = line.codePointAt(i);
            int end;
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                i++;
                continue;
            } else if (isWordChar(c)) {
                end = abbreviationEnd(line, i);
                if (end < 0) {
                    end = runEnd(line, i);
                    while (end + 1 < line.length() && isJoiner(line.charAt(end)) && isWordChar(line.codePointAt(end + 1))) {
                        end = runEnd(line, end + 1);
                    }
                }
            } else {
                end = i + Character.charCount(c);
            }
            tokens.add(new Token(line.substring(i, end), offset + i, offset + end));
            i = end;
        }
        return tokens;
    }

    /** Where letters each followed by a dot end, two at least ("U.S.", "H.E."); -1 if they do not stand here. */
    private static int abbreviationEnd(String line, int start) {
        int at = start;
        int letters = 0;
        while (at < line.length()) {
            int c = line.codePointAt(at);
            int next = at + Character.charCount(c);
            if (!Character.isLetter(c) || next >= line.length() || line.charAt(next) != '.') {
                break;
            }
            at = next + 1;
            letters++;
        }
        return letters >= 2 ? at : -1;
    }

    private static int runEnd(String line, int start) {
        int at = start;
        while (at < line.length() && isWordChar(line.codePointAt(at))) {
            at += Character.charCount(line.codePointAt(at));
        }
        return at;
    }

    private static boolean isWordChar(int c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || Character.isDigit(c) || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '’' || c == '-' || c == '+';
    }

    private static boolean hasParts(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (isJoiner(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text writes the surname more fully somewhere: after another name word (an initial's dot stepped over). */
    private boolean writtenMoreFully(String key, List<Line> lines) {
        for (Line line : lines) {
            List<Token> tokens = line.tokens();
            for (int i = 1; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.isCapitalized() && Fold.key(NameTokens.bare(t.text())).equals(key) && names.isNameWord(t)) {
                    int before = tokens.get(i - 1).is(".") && i > 1 ? i - 2 : i - 1;
                    if (names.isNameWord(tokens.get(before))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A predicate (the whole word, or a part of it that a story's zone may leave), "according to", a label's colon. */
    private boolean frame(String text, List<String> lower, List<String> parts) {
        if (text.indexOf(LABEL_COLON) >= 0) {
            return true;
        }
        Predicates predicates = knowledge.predicates();
        return lower.stream().anyMatch(w -> predicates.mayStart(w) || w.equals(ACCORDING)) || parts.stream().anyMatch(predicates::mayStart);
    }

    /** Whom a frame in this line may speak for with no person named anywhere. */
    private boolean local(Line line) {
        List<String> lower = line.lower();
        for (int i = 0; i < lower.size(); i++) {
            if (party(lower.get(i))
                    || interaction(lower, i, Predicate.PartOfSpeech.NOUN)
                    || lower.get(i).equals("to") && i + 1 < lower.size() && interaction(lower, i + 1, Predicate.PartOfSpeech.VERB)
                    || reportingParticiples.contains(lower.get(i)) && passive(lower, i)) {
                return true;
            }
        }
        for (int i = 0; i < line.parts().size(); i++) {
            if (knowledge.countries().namesAt(line.parts(), i)) {
                return true;
            }
        }
        return false;
    }

    private boolean party(String lowerWord) {
        for (FunctionWords.Kind kind : knowledge.functionWords().kindsOf(lowerWord)) {
            if (PARTIES.contains(kind)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an interaction predicate of this part of speech ("talks", "meet") starts at word {@code i}. */
    private boolean interaction(List<String> lower, int i, Predicate.PartOfSpeech pos) {
        return knowledge.predicates().mayStart(lower.get(i)) && knowledge.predicates().at(lower, i).stream()
                .anyMatch(f -> f.predicate().use() == Predicate.Use.INTERACTION && f.predicate().pos() == pos);
    }

    private static boolean passive(List<String> lower, int participle) {
        for (int k = Math.max(0, participle - PASSIVE_WINDOW); k < participle; k++) {
            if (ClauseReader.isPassiveAuxiliary(lower.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * An official the person finder may find in this line: a name of the officials file written in full, or, in a
     * line with a predicate, an official's surname as a name word that does not open the line unless written more
     * fully elsewhere ("A lone capitalised word that opens the sentence is a name only if the text names it more fully").
     */
    private boolean namesPerson(Line line, List<Line> lines) {
        List<Token> tokens = line.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isCapitalized()) {
                continue;
            }
            String bare = NameTokens.bare(t.text());
            if (fullName(tokens, i, bare)) {
                return true;
            }
            if (line.framed() && knowledge.officials().mayEndName(bare) && names.isNameWord(t)
                    && (i > 0 || writtenMoreFully(Fold.key(bare), lines))) {
                return true;
            }
        }
        return false;
    }

    /** As TitledNameFinder reads a known name: two words or more, all words (an initial's dot stepped over), the first capitalised. */
    private boolean fullName(List<Token> tokens, int start, String bare) {
        if (!knowledge.officials().mayBegin(bare)) {
            return false;
        }
        StringBuilder name = new StringBuilder(bare);
        int words = 1;
        for (int k = start + 1; k < tokens.size() && words < knowledge.officials().longestNameWords(); k++) {
            Token t = tokens.get(k);
            if (t.is(".")) {
                continue;
            }
            if (!t.isWord()) {
                return false;
            }
            name.append(' ').append(NameTokens.bare(t.text()));
            words++;
            if (!knowledge.officials().lookup(name.toString()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** A title's head, honorific or courtesy word in a line with a name word: a titled person ("he" is a pronoun, H.E. an honorific). */
    private boolean titledName(Line line) {
        boolean title = false;
        boolean name = false;
        for (int i = 0; i < line.tokens().size() && !(title && name); i++) {
            Token t = line.tokens().get(i);
            String lower = line.lower().get(i);
            title = title || knowledge.titles().mayEndTitle(lower) && knowledge.functionWords().kindsOf(lower).isEmpty();
            name = name || t.isCapitalized() && names.isNameWord(t);
        }
        return title && name;
    }
}
