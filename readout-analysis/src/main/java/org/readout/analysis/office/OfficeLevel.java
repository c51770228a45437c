package org.readout.analysis.office;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/** How high an office is, lowest first, so that the natural order ranks them. */
public enum OfficeLevel {
    /** Anything below a deputy minister: ambassadors, directors, spokespeople. */
    @JsonProperty("official") OFFICIAL,
    /** A deputy or vice minister, a deputy head of government. */
    @JsonProperty("deputy") DEPUTY,
    /** A minister or a cabinet secretary. */
    @JsonProperty("minister") MINISTER,
    /** A head of state or government, a party's general secretary, a monarch. */
    @JsonProperty("leader") LEADER;

    /** The name the API and the table use: "leader". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
