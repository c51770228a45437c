package org.readout.extract.event;

import java.util.List;

/**
 * One sentence's report that persons met or spoke.
 *
 * @param persons ids of the persons taking part, subject first
 */
record Interaction(int sentence, List<Integer> persons, Channel channel) {
    Interaction {
        persons = List.copyOf(persons);
    }
}
