package org.readout.extract.knowledge;

import java.util.List;
import java.util.Set;

/**
 * A row of {@code predicates.tsv}: a word that reports an interaction, carries an interaction noun,
 * or introduces what a party said.
 *
 * @param words    the phrase's words, lower-case: a verb's lemma first ("call", "on"), or a noun phrase
 * @param partners where an interaction's other side stands
 * @param weak     a gesture within a meeting ("greeted", "shook hands") that makes no meeting alone
 */
public record Predicate(List<String> words, PartOfSpeech pos, Use use, Set<Slot> partners, Medium medium, boolean weak,
                        String example) {
    public Predicate {
        words = List.copyOf(words);
        partners = Set.copyOf(partners);
    }

    public enum PartOfSpeech { VERB, NOUN }

    /** What the predicate does in a clause. */
    public enum Use {
        /** its subject and its partners met or spoke */
        INTERACTION,
        /** a verb whose object is an interaction noun: "held talks", "received a call" */
        LIGHT,
        /** introduces a party's words or stance */
        REPORTING
    }

    /** Where an argument stands: the direct object, or the object of a preposition. */
    public enum Slot { OBJECT, WITH, TO, FROM, ON, BETWEEN, BY }

    /** What the word itself says about how the parties met. */
    public enum Medium { ANY, PERSON, PHONE, VIDEO }

    public String phrase() {
        return String.join(" ", words);
    }
}
