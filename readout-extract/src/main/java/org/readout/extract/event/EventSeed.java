package org.readout.extract.event;

import java.util.List;
import org.readout.model.Participant;

/**
 * An interaction the text reports, before its date, place and mode are worked out: who took part,
 * the sentences that report it, and the sentences that tell of one of its participants alone
 * ("Modi, who is on a two-day visit to the Gulf, ...") and so may say when and where it was.
 *
 * @param evidence sentence indices of the interaction's own reports, in text order
 * @param related  sentence indices of interactions of a subset of its participants
 * @param channel  how its own sentences say it took place
 */
public record EventSeed(List<Participant> participants, List<Integer> evidence, List<Integer> related, Channel channel) {
    public EventSeed {
        participants = List.copyOf(participants);
        evidence = List.copyOf(evidence);
        related = List.copyOf(related);
    }
}
