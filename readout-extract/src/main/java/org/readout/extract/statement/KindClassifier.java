package org.readout.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.readout.extract.knowledge.KindCues;
import org.readout.extract.knowledge.KindCues.Act;
import org.readout.model.StatementKind;

/**
 * What a sentence of reported speech does, read from its main clause. A reporting verb that says
 * what the speaker did ("congratulated", "called on", "agreed", "discussed") decides; a verb of
 * saying leaves it to the reported clause, whose first predicate decides: a modal of obligation
 * ("should", "it is necessary") proposes, a side that is ready or will act commits, a verb of
 * support or opposition supports or opposes, any other predicate states a position. What both
 * sides say together is what they agreed. The verb and noun classes are data (kind-cues.tsv).
 */
public final class KindClassifier {
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "these", "those", "both", "all", "each",
            "his", "her", "its", "their", "our", "my", "your", "two", "three", "many", "some", "other", "either", "every");
    private static final Set<String> PRONOUNS = Set.of("we", "i", "they", "he", "she", "it", "you");
    // Pronouns and heads whose "will" is the speaker's own side acting.
    private static final Set<String> SIDES = Set.of("we", "i", "it", "side", "country", "government", "sides");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "remain", "remains", "remained",
            "stand", "stands", "stood", "am");
    private static final Set<String> FUTURE = Set.of("will", "would", "shall");
    private static final Set<String> POSSIBLE = Set.of("can", "could", "may", "might");
    private static final Set<String> OBLIGATION = Set.of("should", "must", "ought");
    private static final Set<String> HAVE = Set.of("has", "have", "had");
    private static final Set<String> NEGATIONS = Set.of("not", "never", "no");
    private static final Set<String> ADVERBS = Set.of("also", "always", "still", "further", "once", "again", "firmly", "fully",
            "actively", "jointly", "continuously", "consistently", "steadfastly", "unswervingly", "unequivocally", "highly",
            "warmly", "sincerely", "strongly", "deeply", "then", "both", "all", "too", "likewise", "similarly", "now", "well",
            "very", "much", "greatly", "particularly", "especially", "really", "truly", "certainly", "indeed", "soon");
    // Words that open an adverbial before the main clause: "On the South China Sea issue, Vietnam hopes ...".
    private static final Set<String> OPENERS = Set.of("on", "in", "at", "during", "as", "while", "with", "given", "despite",
            "under", "to", "after", "before", "since", "for", "amid", "amidst", "regarding", "concerning", "through", "by",
            "from", "when", "if", "although", "though", "because", "based", "no", "additionally", "meanwhile", "moreover",
            "furthermore", "however", "also", "besides", "likewise", "similarly", "currently", "today", "now", "therefore",
            "thus", "first", "second", "third", "finally", "lastly", "again", "once", "against", "toward", "towards", "among", "thanks");
    private static final Set<String> OPPOSING = Set.of("oppose", "reject", "vigilant", "guard", "resist");
    private static final Set<String> HOPE = Set.of("hope", "expect");

    /** One word (lower-cased) or punctuation mark of a clause. */
    private record Word(String text, boolean capitalized) {
        boolean isPunct() {
            return text.equals(",") || text.equals(";") || text.equals(":");
        }
    }

    private final KindCues cues;

    public KindClassifier(KindCues cues) {
        this.cues = cues;
    }

    /** The frame's verb as written and the words after it; see {@link #classify(String, String, String, boolean)}. */
    public StatementKind classify(String verb, String content, boolean byBoth) {
        return classify(content, verb, content, byBoth);
    }

    /**
     * @param sentence       the whole sentence
     * @param verbLemma      the reporting verb ("say", "call on") or any of its forms; null where the sentence has none
     * @param reportedClause the words after the reporting verb, or the sentence
     * @param byBoth         the speaker is both sides
     */
    public StatementKind classify(String sentence, String verbLemma, String reportedClause, boolean byBoth) {
        List<Word> words = words(reportedClause == null ? sentence : reportedClause);
        KindCues.Verb verb = verbLemma == null ? null : cues.verb(verbLemma);
        if (verb != null && sentence != null && reportedClause != null && isTail(words)) {
            words = words(sentence); // '"...," Modi said during the interaction.': the reported clause stands before the verb
        }
        Act act = verb == null ? clause(words, 0, byBoth) : framed(verb, words, byBoth);
        if ((act == Act.POSITION || act == Act.REPORT) && praises(words)) {
            act = Act.SUPPORT; // "He is one of the most respected leaders": a stance that praises supports
        }
        return kind(act, byBoth);
    }

    private boolean praises(List<Word> words) {
        for (List<String> cue : cues.praise()) {
            for (int i = 0; i + cue.size() <= words.size(); i++) {
                int k = 0;
                while (k < cue.size() && words.get(i + k).text().equals(cue.get(k))) {
                    k++;
                }
                if (k == cue.size()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words after a verb that closes its sentence: a few, or an adverbial with no clause in it. */
    private static boolean isTail(List<Word> words) {
        if (words.size() < 5) {
            return true;
        }
        if (!OPENERS.contains(words.get(0).text())) {
            return false;
        }
        for (Word w : words) {
            if (w.text().equals("that")) {
                return false;
            }
        }
        return true;
    }

    private static StatementKind kind(Act act, boolean byBoth) {
        if (byBoth && act != Act.OTHER && act != Act.PROPOSAL && act != Act.OPPOSITION) {
            return StatementKind.AGREEMENT;
        }
        return switch (act) {
            case AGREEMENT -> StatementKind.AGREEMENT;
            case SUPPORT -> StatementKind.SUPPORT;
            case PROPOSAL -> StatementKind.PROPOSAL;
            case OPPOSITION -> StatementKind.OPPOSITION;
            case COMMITMENT -> StatementKind.COMMITMENT;
            case OTHER -> StatementKind.OTHER;
            case REPORT, POSITION -> StatementKind.POSITION;
        };
    }

    /** The act of a sentence with a reporting verb; {@code words} is what follows the verb. */
    private Act framed(KindCues.Verb verb, List<Word> words, boolean byBoth) {
        return switch (verb.act()) {
            case REPORT -> reported(verb, words, 0, byBoth);
            case OTHER -> coordinated(words, byBoth);
            case AGREEMENT -> byBoth ? Act.AGREEMENT : agreedAlone(words, 0);
            default -> verb.act();
        };
    }

    /** After a verb of saying: what the speaker expressed ("his support"), else the reported clause. */
    private Act reported(KindCues.Verb verb, List<Word> words, int from, boolean byBoth) {
        if (HOPE.contains(verb.lemma())) {
            return hoped(words, from);
        }
        int i = skipPunct(words, from);
        if (i < words.size() && OPENERS.contains(words.get(i).text())) {
            // "told reporters that", "said on Tuesday that": the clause starts after "that"
            int end = Math.min(words.size(), i + 8);
            for (int j = i + 1; j < end && !words.get(j).isPunct(); j++) {
                if (words.get(j).text().equals("that")) {
                    i = j;
                    break;
                }
            }
        }
        Act act;
        if (i < words.size() && words.get(i).text().equals("that")) {
            act = clause(words, i + 1, byBoth);
        } else {
            Act object = object(words, i);
            act = object != null ? object : clause(words, i, byBoth);
        }
        // What both sides said is what they agree on, unless they only said what they talked about.
        return byBoth && act != Act.OTHER ? Act.AGREEMENT : act;
    }

    /** "discussed X and agreed to Y", "took up X and pressed for Y": a later predicate that does more decides. */
    private Act coordinated(List<Word> words, boolean byBoth) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).text();
            if (w.equals("and") || w.equals("while") || w.equals(",")) {
                int j = skipAdverbs(words, i + 1);
                if (j < words.size() && FUTURE.contains(words.get(j).text())) {
                    return future(words, j + 1, true, false);
                }
                KindCues.Verb v = verbAt(words, j);
                if (v != null && v.act() != Act.OTHER && v.act() != Act.POSITION) {
                    return framed(v, words.subList(Math.min(words.size(), j + 1 + v.particles().size()), words.size()), byBoth);
                }
            }
        }
        Act object = object(words, skipPunct(words, 0));
        return object == null ? Act.OTHER : object;
    }

    /** One side agreeing: to do something is its commitment; with someone or that something is its position. */
    private Act agreedAlone(List<Word> words, int from) {
        int i = skipPunct(words, from);
        return i < words.size() && words.get(i).text().equals("to") ? Act.COMMITMENT : Act.POSITION;
    }

    /** "hopes to" commits; "hopes that the two sides will" proposes; any other hope is a position. */
    private Act hoped(List<Word> words, int from) {
        int i = skipPunct(words, from);
        if (i < words.size() && words.get(i).text().equals("to")) {
            return Act.COMMITMENT;
        }
        if (i < words.size() && words.get(i).text().equals("that")) {
            i++;
        }
        int end = Math.min(words.size(), i + 5);
        for (int j = i; j < end; j++) {
            String w = words.get(j).text();
            if (w.equals("sides") || w.equals("both") || w.equals("side") || w.equals("you") || w.equals("parties")) {
                return Act.PROPOSAL;
            }
            if (w.equals("will") || w.equals("would") || w.equals("can") || w.equals("could") || w.equals("should")) {
                return j > i && words.get(i).capitalized() ? Act.PROPOSAL : Act.POSITION;
            }
        }
        return Act.POSITION;
    }

    /** The noun a speaker expresses ("his deep sadness", "readiness to"), or null where the words open no such object. */
    private Act object(List<Word> words, int from) {
        int end = Math.min(words.size(), from + 5);
        for (int i = from; i < end; i++) {
            Word w = words.get(i);
            if (w.isPunct() || w.capitalized() && i > from) {
                return null;
            }
            Act act = cues.noun(w.text());
            if (act != null) {
                if (w.text().startsWith("hope")) {
                    return hoped(words, i + 1);
                }
                return act;
            }
            if (!DETERMINERS.contains(w.text()) && !w.text().endsWith("ly") && i > from + 2) {
                return null;
            }
        }
        return null;
    }

    /** The act of a clause: its first predicate, after any opening adverbial. */
    private Act clause(List<Word> words, int from, boolean byBoth) {
        // "Discussed our cooperation in ...", "Also discussed ...": a post's clause without its subject
        int first = skipPunct(words, from);
        int verbAt = skipAdverbs(words, first);
        if (verbAt < words.size() && words.get(first).capitalized() && verbAt(words, verbAt) != null
                && !words.get(verbAt).text().endsWith("ing") && verbAt + 1 < words.size() && !words.get(verbAt + 1).capitalized()) {
            return predicate(words, verbAt, verbAt, true, byBoth);
        }
        int i = mainClauseStart(words, from);
        int head = subjectEnd(words, i);
        for (int tries = 0; head < 0 && tries < 3 && i > from && i < words.size(); tries++) {
            // an opening adverbial of several commas ("in the face of ..., both unseen in a century, China and ...")
            int comma = nextComma(words, i);
            if (comma < 0) {
                break;
            }
            i = skipPunct(words, comma + 1);
            head = subjectEnd(words, i);
        }
        if (head < 0) {
            return firstCue(words, mainClauseStart(words, from), byBoth);
        }
        return predicate(words, head, i, isSide(words, i, head), byBoth);
    }

    private static int nextComma(List<Word> words, int from) {
        int end = Math.min(words.size(), from + 40);
        for (int j = from; j < end; j++) {
            if (words.get(j).text().equals(",")) {
                return j;
            }
        }
        return -1;
    }

    /** Skips "that", quotation marks and an opening adverbial ending in a comma. */
    private static int mainClauseStart(List<Word> words, int from) {
        int i = skipPunct(words, from);
        if (i < words.size() && words.get(i).text().equals("that")) {
            i = skipPunct(words, i + 1);
        }
        if (i < words.size() && (OPENERS.contains(words.get(i).text()) || words.get(i).text().endsWith("ing"))) {
            int comma = nextComma(words, i + 1);
            if (comma >= 0) {
                return skipPunct(words, comma + 1);
            }
        }
        return i;
    }

    /**
     * Where the predicate starts after a subject at {@code i}: a run of names ("China", "Viet Nam",
     * "the Vietnamese side", "both sides", "his country"), a pronoun; -1 if no subject is seen.
     */
    private static int subjectEnd(List<Word> words, int i) {
        if (i >= words.size()) {
            return -1;
        }
        Word first = words.get(i);
        int j = i;
        if (PRONOUNS.contains(first.text())) {
            j = i + 1;
        } else {
            boolean determiner = false;
            while (j < words.size() && (DETERMINERS.contains(words.get(j).text()) || words.get(j).capitalized()
                    || (words.get(j).text().equals("and") || words.get(j).text().equals("of")) && j > i
                    && j + 1 < words.size() && words.get(j + 1).capitalized() || words.get(j).text().equals("'s"))) {
                determiner |= DETERMINERS.contains(words.get(j).text());
                j++;
            }
            if (j == i) {
                return -1;
            }
            // "the two sides", "the member states": lower-case words up to an auxiliary, or one head word
            if (determiner && j < words.size() && !words.get(j).isPunct() && !isVerbLike(words.get(j).text())) {
                int aux = -1;
                for (int k = j + 1; k < Math.min(words.size(), j + 3) && !words.get(k).isPunct(); k++) {
                    if (isVerbLike(words.get(k).text())) {
                        aux = k;
                        break;
                    }
                }
                j = aux > 0 ? aux : j + 1;
            }
        }
        j = skipAdverbs(words, j);
        return j < words.size() && !words.get(j).isPunct() ? j : -1;
    }

    private static boolean isVerbLike(String w) {
        return BE.contains(w) || FUTURE.contains(w) || OBLIGATION.contains(w) || HAVE.contains(w) || POSSIBLE.contains(w);
    }

    private static boolean isSide(List<Word> words, int start, int head) {
        for (int k = start; k < head; k++) {
            Word w = words.get(k);
            if (SIDES.contains(w.text()) || w.capitalized() && !DETERMINERS.contains(w.text())) {
                return true;
            }
        }
        return false;
    }

    /** The act of the predicate whose first word is at {@code h}. */
    private Act predicate(List<Word> words, int h, int subject, boolean side, boolean byBoth) {
        boolean itSubject = words.get(subject).text().equals("it") && h == subject + 1;
        boolean weSubject = h > subject && (words.get(subject).text().equals("we") || words.get(subject).text().equals("i"));
        String w = words.get(h).text();
        if (OBLIGATION.contains(w) || (w.equals("need") || w.equals("needs") || HAVE.contains(w)) && next(words, h, "to")) {
            int j = skipAdverbs(words, w.equals("ought") || !OBLIGATION.contains(w) ? h + 2 : h + 1);
            KindCues.Verb said = verbAt(words, j);
            if (said != null && said.act() == Act.REPORT) {
                return reported(said, words, j + 1 + said.particles().size(), byBoth); // "I must say that ..."
            }
            return opposedAfter(words, h + 1) ? Act.OPPOSITION : Act.PROPOSAL;
        }
        if ((w.equals("continue") || w.equals("continues") || w.equals("continued")) && next(words, h, "to")) {
            return predicate(words, skipAdverbs(words, h + 2), subject, side, byBoth);
        }
        if (BE.contains(w)) {
            int j = skipAdverbs(words, h + 1);
            boolean negated = j < words.size() && NEGATIONS.contains(words.get(j).text());
            j = skipAdverbs(words, negated ? j + 1 : j);
            if (j < words.size()) {
                Act adjective = cues.adjective(words.get(j).text());
                if (adjective == Act.PROPOSAL) {
                    return itSubject ? (opposedAfter(words, j + 1) ? Act.OPPOSITION : Act.PROPOSAL) : Act.POSITION;
                }
                if (adjective != null) {
                    return negated ? Act.POSITION : adjective;
                }
                if (words.get(j).text().equals("going") && next(words, j, "to")) {
                    return future(words, j + 2, side, weSubject);
                }
                KindCues.Verb participle = verbAt(words, j);
                if (participle != null && words.get(j).text().endsWith("ing") && !negated) {
                    return verbAct(participle, words, j, byBoth); // "was looking forward to"
                }
            }
            return laterPredicate(words, h + 1, subject, side, byBoth);
        }
        if (FUTURE.contains(w)) {
            return future(words, h + 1, side, weSubject);
        }
        if (HAVE.contains(w)) {
            int j = skipAdverbs(words, h + 1);
            KindCues.Verb v = verbAt(words, j);
            return v == null ? laterPredicate(words, j, subject, side, byBoth) : verbAct(v, words, j, byBoth);
        }
        KindCues.Verb v = verbAt(words, h);
        if (v != null && !w.endsWith("ing")) {
            return verbAct(v, words, h, byBoth);
        }
        return laterPredicate(words, h + 1, subject, side, byBoth);
    }

    /**
     * A first predicate that is no cue ("China always regards Vietnam as a priority") gives way to a
     * second joined by "and" that is one ("..., and stands ready to"); a list of three or more stays a position.
     */
    private Act laterPredicate(List<Word> words, int from, int subject, boolean side, boolean byBoth) {
        for (int i = from; i < words.size() && !words.get(i).text().equals(";"); i++) {
            String w = words.get(i).text();
            if (!w.equals(",") && !w.equals("and")) {
                continue;
            }
            int j = skipAdverbs(words, i + 1);
            boolean joined = w.equals("and");
            if (!joined && j < words.size() && words.get(j).text().equals("and")) {
                joined = true;
                j = skipAdverbs(words, j + 1);
            }
            if (joined && !startsPredicate(words, j)) {
                // "..., and China welcomes ...": a second main clause with its own subject
                int head = subjectEnd(words, j);
                if (head > j && startsPredicate(words, head)) {
                    Act act = predicate(words, head, j, isSide(words, j, head), byBoth);
                    return act == Act.REPORT ? Act.POSITION : act;
                }
            }
            if (!startsPredicate(words, j)) {
                continue;
            }
            if (!joined) {
                return Act.POSITION;
            }
            Act act = predicate(words, j, subject, side, byBoth);
            return act == Act.REPORT ? Act.POSITION : act;
        }
        return Act.POSITION;
    }

    private boolean startsPredicate(List<Word> words, int j) {
        if (j >= words.size() || j > 0 && DETERMINERS.contains(words.get(j - 1).text())) {
            return false;
        }
        String w = words.get(j).text();
        if (FUTURE.contains(w) || OBLIGATION.contains(w) || BE.contains(w) && j + 1 < words.size()
                && cues.adjective(words.get(skipAdverbs(words, j + 1)).text()) != null) {
            return true;
        }
        KindCues.Verb v = verbAt(words, j);
        return v != null && !w.endsWith("ing") && (w.endsWith("s") || w.endsWith("ed"));
    }

    /** After "will": a verb of support or opposition keeps its kind; a side that will act commits. */
    private Act future(List<Word> words, int from, boolean side, boolean weSubject) {
        int j = skipAdverbs(words, from);
        boolean negated = j < words.size() && NEGATIONS.contains(words.get(j).text());
        j = skipAdverbs(words, negated ? j + 1 : j);
        if (j < words.size() && words.get(j).text().equals("continue") && next(words, j, "to")) {
            j = skipAdverbs(words, j + 2);
        }
        if (j >= words.size()) {
            return Act.POSITION;
        }
        String w = words.get(j).text();
        if (BE.contains(w) || w.equals("have") || w.equals("become") || w.equals("bring") || w.equals("mark")) {
            return Act.POSITION;
        }
        KindCues.Verb v = verbAt(words, j);
        if (v != null && (v.act() == Act.SUPPORT || v.act() == Act.OPPOSITION)) {
            return negated ? Act.POSITION : v.act();
        }
        if (v != null && v.act() == Act.OTHER) {
            return weSubject ? Act.COMMITMENT : Act.OTHER; // "we will discuss" is the speaker's plan; "a working group will discuss" is news
        }
        return side && !negated ? Act.COMMITMENT : Act.POSITION;
    }

    private Act verbAct(KindCues.Verb v, List<Word> words, int at, boolean byBoth) {
        int after = at + 1 + v.particles().size();
        if (v.act() == Act.REPORT) {
            return reported(v, words, after, byBoth);
        }
        if (v.act() == Act.AGREEMENT) {
            return byBoth ? Act.AGREEMENT : agreedAlone(words, after);
        }
        return v.act();
    }

    /** No subject seen: the first cue in the clause decides, as far as its first semicolon. */
    private Act firstCue(List<Word> words, int from, boolean byBoth) {
        for (int i = from; i < words.size() && !words.get(i).text().equals(";"); i++) {
            String w = words.get(i).text();
            if (OBLIGATION.contains(w) || (w.equals("need") || w.equals("needs")) && next(words, i, "to")) {
                return opposedAfter(words, i + 1) ? Act.OPPOSITION : Act.PROPOSAL;
            }
            Act adjective = cues.adjective(w);
            if (adjective != null && adjective != Act.PROPOSAL && i > from && BE.contains(words.get(i - 1).text())) {
                return adjective;
            }
            if (i > from && DETERMINERS.contains(words.get(i - 1).text())) {
                continue; // "the support", "its opposition": a noun
            }
            KindCues.Verb v = verbAt(words, i);
            // "exchanges", "talks": an -s form of a verb of talking is a noun far more often than not
            if (v != null && v.act() != Act.REPORT && !w.endsWith("ing") && i > from && !(v.act() == Act.OTHER && w.endsWith("s"))) {
                return verbAct(v, words, i, byBoth);
            }
        }
        return Act.POSITION;
    }

    /** "should be vigilant against", "must oppose": an obligation to oppose opposes. */
    private static boolean opposedAfter(List<Word> words, int from) {
        int end = Math.min(words.size(), from + 5);
        for (int i = from; i < end; i++) {
            String w = words.get(i).text();
            for (String o : OPPOSING) {
                if (w.startsWith(o)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The verb cue at {@code i} with its particles, or null. */
    private KindCues.Verb verbAt(List<Word> words, int i) {
        if (i >= words.size()) {
            return null;
        }
        KindCues.Verb plain = null;
        for (KindCues.Verb v : cues.verbsOf(words.get(i).text())) {
            List<String> particles = v.particles();
            if (particles.isEmpty()) {
                plain = plain == null ? v : plain;
                continue;
            }
            boolean match = i + particles.size() < words.size();
            for (int k = 0; match && k < particles.size(); k++) {
                match = words.get(i + 1 + k).text().equals(particles.get(k));
            }
            if (match) {
                return v;
            }
        }
        return plain;
    }

    private static boolean next(List<Word> words, int i, String word) {
        return i + 1 < words.size() && words.get(i + 1).text().equals(word);
    }

    private static int skipAdverbs(List<Word> words, int i) {
        while (i < words.size() && (ADVERBS.contains(words.get(i).text()) || words.get(i).text().endsWith("ly")
                && words.get(i).text().length() > 4 && !words.get(i).capitalized())) {
            i++;
        }
        return i;
    }

    private static int skipPunct(List<Word> words, int i) {
        while (i < words.size() && words.get(i).isPunct()) {
            i++;
        }
        return i;
    }

    /** Words lower-cased, apostrophes and hyphens inside them kept; commas, semicolons and colons kept as marks. */
    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || isJoiner(text.charAt(i)) && i + 1 < n
                        && Character.isLetterOrDigit(text.charAt(i + 1)))) {
                    i++;
                }
                String w = text.substring(start, i);
                if (w.endsWith("'s") || w.endsWith("’s")) {
                    words.add(new Word(w.substring(0, w.length() - 2).toLowerCase(Locale.ROOT), Character.isUpperCase(c)));
                    words.add(new Word("'s", false));
                } else {
                    words.add(new Word(w.toLowerCase(Locale.ROOT), Character.isUpperCase(c)));
                }
            } else {
                if (c == ',' || c == ';' || c == ':') {
                    words.add(new Word(String.valueOf(c), false));
                }
                i++;
            }
        }
        return words;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '’';
    }
}
