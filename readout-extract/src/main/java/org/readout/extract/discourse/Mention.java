package org.readout.extract.discourse;

import java.util.List;
import org.readout.extract.knowledge.FunctionWords;

/**
 * A stretch of one sentence that refers to a party: a named person, an office ("the Kazakh
 * President"), a pronoun, the parties together ("the two leaders"), or a state ("Japan", "the
 * Chinese side"). Token indices are the sentence's, end exclusive.
 *
 * @param person    the named person's id ({@link #NO_PERSON} for other kinds)
 * @param countries the states the mention names ("the Kazakh and Uzbek leaders": two), if any
 * @param pronoun   the pronoun's class, for {@link Kind#PRONOUN} and {@link Kind#RELATIVE}
 * @param head      the office words of a description ("prime minister", "top diplomat"), the head word of a
 *                  collective ("leaders"), lower-case
 */
public record Mention(int start, int end, Kind kind, int person, List<String> countries, FunctionWords.Kind pronoun,
                      String head) {
    public static final int NO_PERSON = -1;

    public Mention {
        countries = List.copyOf(countries);
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty mention " + start + ".." + end);
        }
    }

    /** How a mention refers. */
    public enum Kind {
        /** a person by name, with any title before it */
        NAME,
        /** a person by office alone: "the Kazakh President", "his Uzbek counterpart" */
        DESCRIPTION,
        /** he, she, they, we, I, his, her, their */
        PRONOUN,
        /** who, which: the noun before the clause */
        RELATIVE,
        /** the parties together: "the two leaders", "both sides", "the Presidents of X and Y" */
        COLLECTIVE,
        /** a state by name, adjective with "side", or seat of government */
        STATE
    }

    static Mention name(int start, int end, int person, String country) {
        return new Mention(start, end, Kind.NAME, person, country == null ? List.of() : List.of(country), null, null);
    }

    public boolean contains(int token) {
        return token >= start && token < end;
    }

    public boolean isPlural() {
        return kind == Kind.COLLECTIVE || pronoun == FunctionWords.Kind.THEY || pronoun == FunctionWords.Kind.WE
                || pronoun == FunctionWords.Kind.POSSESSIVE_PLURAL;
    }
}
