package org.readout.extract.grammar;

import java.util.List;
import org.readout.extract.discourse.Mention;
import org.readout.extract.knowledge.Predicate;

/**
 * One predicate of a sentence with its arguments as the clause grammar reads them.
 *
 * @param head     token index of the predicate's first word (for a light verb with its noun: the noun)
 * @param end      token after the predicate's phrase (after the noun for a light verb with its noun)
 * @param subject  the mentions that are its subject (several when conjoined), empty when the subject is
 *                 not a party ("The talks focused on ...") or none was found
 * @param inherited the subject was taken from the predicate before it ("met X and held talks with Y")
 * @param partners the mentions in its partner slots, in order
 * @param unnamed  proper-noun phrases in its subject or partner slots that no mention covers: names the
 *                 person finder did not know ("Tokayev was met by Mirziyoyev")
 * @param verb     token index of its verb: the verb itself, the light verb that carries a noun ("held talks"),
 *                 or -1 for a noun standing alone ("the meeting between A and B"), which has no tense of its own
 */
public record Predication(Predicate predicate, int head, int end, Voice voice, Reality reality, List<Mention> subject,
                          boolean inherited, List<Mention> partners, List<Phrase> unnamed, int verb) {
    public Predication {
        subject = List.copyOf(subject);
        partners = List.copyOf(partners);
        unnamed = List.copyOf(unnamed);
    }

    /** The same predicate with another subject. */
    public Predication withSubject(List<Mention> newSubject, boolean isInherited) {
        return new Predication(predicate, head, end, voice, reality, newSubject, isInherited, partners, unnamed, verb);
    }

    /** A noun standing alone, without a verb to tell whether its meeting happened. */
    public boolean tenseless() {
        return verb < 0;
    }

    public enum Voice { ACTIVE, PASSIVE }

    /** Whether the predicate reports something that happened. */
    public enum Reality {
        /** reported as having happened, or happening */
        REAL,
        /** ahead: "will meet", "is expected to hold talks", "ahead of the talks" */
        PLANNED,
        /** possible, wished or required: "could meet", "should hold talks" */
        UNREAL,
        /** denied: "did not meet" */
        NEGATED,
        /** told as background before the story's time: "had met", "their previous meeting" */
        PAST,
        /** in the present perfect ("have held talks"): the story's news in its lead, background later */
        PERFECT
    }
}
