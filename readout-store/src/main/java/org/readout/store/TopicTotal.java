package org.readout.store;

/** How many statements are on one topic. */
public record TopicTotal(String topic, long count) {
}
