package org.readout.extract.statement;

/**
 * A sentence's attribution: its speaker and the reporting verb ("Wang Yi said", "the two sides agreed").
 *
 * @param speaker    who speaks; {@link Speaker#NOBODY} for someone whose words Readout does not record,
 *                   which ends the current speaker's turn
 * @param verb       the reporting verb as written ("called for")
 * @param subjectAt  the subject's first token (the verb's when it has none)
 * @param head       the verb's token
 * @param contentAt  where the reported words start in the sentence's text (after the verb); 0 when the
 *                   frame closes the sentence ("..., he added.") or stands apart from it ("according to X")
 * @param by         what kind of subject the verb has
 * @param perfect    the verb is in the present perfect ("they have emphasized"): inside a speaker's turn
 *                   that is still the speaker reporting
 * @param past       the verb is in the simple past with a subject of its own ("China expressed"): the reporter
 *                   telling what a party did, where the present ("China hopes") is a speaker's words retold
 */
record Frame(Speaker speaker, String verb, int subjectAt, int head, int contentAt, By by, boolean perfect, boolean past) {
    /** The kind of a frame's subject. */
    enum By {
        /** a person or the parties together */
        PARTY,
        /** a state: "China said", "the Vietnamese side stressed" */
        STATE,
        /** "we", "I": inside a speaker's turn, the speaker */
        FIRST_PERSON,
        /** a source that is no party, speaking for its state: "a source in the Russian delegation said" */
        SOURCE,
        /** the source named before: "the official said" */
        SOURCE_AGAIN
    }
}
