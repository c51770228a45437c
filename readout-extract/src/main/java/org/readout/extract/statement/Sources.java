package org.readout.extract.statement;

import java.util.List;
import org.readout.extract.discourse.Discourse;
import org.readout.extract.discourse.Mention;
import org.readout.extract.grammar.ParsedSentence;
import org.readout.extract.grammar.Predication;
import org.readout.extract.knowledge.Countries;
import org.readout.extract.knowledge.Predicate;
import org.readout.extract.person.CountryWords;
import org.readout.extract.text.Token;

/**
 * Frames whose speaker is not the reporting verb's subject: a source that is no party ("a source in the
 * Russian delegation said", "China's foreign ministry said", "the official said"), and "according to X".
 */
final class Sources {
    private final CountryWords countryWords;

    Sources(Countries countries) {
        this.countryWords = new CountryWords(countries);
    }

    /**
     * The frame of a source that is no party: the noun phrase before an active reporting verb, with no person in
     * it, speaks for the state that a country's name or adjective in it names, if that state is a side; "the
     * official said", "the ministry said" for the source named before ({@link Frame.By#SOURCE_AGAIN}); null else.
     */
    Frame source(ParsedSentence s, Predication p, Speakers speakers, String verb) {
        if (p.predicate().use() != Predicate.Use.REPORTING || p.voice() != Predication.Voice.ACTIVE) {
            return null; // "Chinese fruits are welcomed by ...": no one speaks
        }
        int last = Clauses.beforeVerbGroup(s, p.head());
        // the noun phrase's head; the tagger takes "official" for an adjective at times
        if (last < 0 || !(s.tag(last).equals("NOUN") || s.tag(last).equals("PROPN") || s.tag(last).equals("ADJ"))) {
            return null;
        }
        List<Token> tokens = s.sentence().tokens();
        int contentAt = Clauses.end(s, p.end() - 1);
        int start = last;
        for (int j = last; j >= 0 && isNounPhraseWord(s, j); j--) {
            Mention m = s.holding(j);
            if (m != null && m.kind() != Mention.Kind.STATE) {
                return null; // a person the grammar did not take for the subject ("as PM Scott Morrison says")
            }
            int n = countryWords.at(tokens, j);
            if (n > 0 && j + n <= last + 1) {
                String state = countryWords.country(tokens, j, n).map(c -> c.alpha3()).orElse(null);
                return state == null || !speakers.isSide(state) ? null
                        : new Frame(speakers.state(state), verb, j, p.head(), contentAt, Frame.By.SOURCE, false, true);
            }
            start = j;
        }
        boolean definite = s.word(start).equals("the") && last - start == 1;
        return definite ? new Frame(Speaker.NOBODY, verb, start, p.head(), contentAt, Frame.By.SOURCE_AGAIN, false, true) : null;
    }

    private static boolean isNounPhraseWord(ParsedSentence s, int k) {
        String tag = s.tag(k);
        return tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("ADJ") || tag.equals("DET") || tag.equals("ADP")
                || tag.equals("PART") || tag.equals("NUM") || tag.equals("CCONJ");
    }

    /** "..., according to Ruiz": the party after "according to"; null when none stands there. */
    static Frame accordingTo(int index, ParsedSentence s, Discourse discourse, Speakers speakers) {
        for (int k = 0; k + 2 < s.size(); k++) {
            if (s.word(k).equals("according") && s.word(k + 1).equals("to")) {
                Mention m = s.startingAt(k + 2);
                if (m == null || m.kind() == Mention.Kind.PRONOUN || m.kind() == Mention.Kind.RELATIVE) {
                    return null;
                }
                Speaker sp = speakers.of(discourse.of(index, m));
                Frame.By by = m.kind() == Mention.Kind.STATE ? Frame.By.STATE : Frame.By.PARTY;
                return sp == null ? null : new Frame(sp, "according to", k + 2, k, 0, by, false, true);
            }
        }
        return null;
    }
}
