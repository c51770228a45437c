package org.readout.analysis.commitment;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.readout.analysis.StatementRef;

/**
 * One promise a state has made, perhaps many times in other words, with every statement that made it.
 *
 * @param id             stable: from the state and the smallest evidence key
 * @param country        alpha-3 of the state that promised
 * @param representative the wording most like the others'
 * @param topics         taxonomy ids of the statements, sorted
 * @param meetings       occasions on which it was said: distinct dates, two a day apart counted once,
 *                       and each undated document once
 * @param documents      distinct documents that report it
 * @param evidence       the statements, by date and key
 */
public record CommitmentGroup(String id, String country, String representative, List<String> topics,
                              LocalDate firstSeen, LocalDate lastSeen, int meetings, int documents,
                              List<StatementRef> evidence) {
    public CommitmentGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(country, "country");
        topics = List.copyOf(topics);
        evidence = List.copyOf(evidence);
    }
}
