package org.readout.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How the parties met, as the record contract names it. */
public enum EventMode {
    /** In person, in the country of one of the participants, which hosts. */
    @JsonProperty("visit") VISIT,
    /** In person, in a country of neither side (sidelines of a multilateral meeting included). */
    @JsonProperty("third_location") THIRD_LOCATION,
    @JsonProperty("phone") PHONE,
    @JsonProperty("video") VIDEO,
    @JsonProperty("unknown") UNKNOWN
}
