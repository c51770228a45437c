package org.readout.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a sentence of reported speech does, per the record contract. */
public enum StatementKind {
    /** What the speaker's side is ready, willing or determined to do. */
    @JsonProperty("commitment") COMMITMENT,
    /** What both sides or the other side should do. */
    @JsonProperty("proposal") PROPOSAL,
    /** A stance, principle, priority or assessment. */
    @JsonProperty("position") POSITION,
    /** Support, praise, thanks, congratulations or appreciation. */
    @JsonProperty("support") SUPPORT,
    /** Opposes, rejects, warns against or criticises. */
    @JsonProperty("opposition") OPPOSITION,
    /** What both sides agreed or affirmed together. */
    @JsonProperty("agreement") AGREEMENT,
    @JsonProperty("other") OTHER
}
