package org.readout.store;

/**
 * How many statements one side made on one topic in one period.
 *
 * @param period  "2024" or "2024-Q2"
 * @param country the speaking side's alpha-3 code, or "BOTH" for what the sides said together
 */
public record TopicCount(String period, String country, String topic, long count) {
    /** How periods are cut. */
    public enum Period { YEAR, QUARTER }
}
