package org.readout.extract.statement;

/**
 * A sentence's attribution: its speaker and the reporting verb ("Wang Yi said", "the two sides agreed").
 *
 * @param speaker null when the subject is someone whose words Readout does not record (a person who
 *                was not at the meeting), which ends the current speaker's turn
 * @param perfect the verb is in a present or perfect tense ("have reaffirmed"): inside reported
 *                speech that is still the reporter's source talking
 */
record Frame(Speaker speaker, String verb, int verbEnd, boolean perfect) {
}
