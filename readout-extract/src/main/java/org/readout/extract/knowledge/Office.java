package org.readout.extract.knowledge;

import java.util.Locale;

/**
 * A canonical office, the same across states ("Secretary of State" in the United States and
 * "External Affairs Minister" in India are both {@code Foreign Minister}), with its rank.
 */
public record Office(String name, Level level) {
    /** How high an office stands. */
    public enum Level {
        /** President, monarch, governor-general. */
        HEAD_OF_STATE,
        /** Prime minister, premier, chancellor, head of government. */
        HEAD_OF_GOVERNMENT,
        /** A leader who is neither: party general secretary, supreme leader, regent. */
        LEADER,
        /** Vice president, deputy prime minister, crown prince. */
        DEPUTY,
        MINISTER,
        /** Advisers, secretaries-general, speakers, senior civil servants, envoys. */
        OFFICIAL;

        static Level parse(String text) {
            return Level.valueOf(text.strip().toUpperCase(Locale.ROOT));
        }
    }

    public Office {
        if (name == null || name.isBlank() || level == null) {
            throw new IllegalArgumentException("an office needs a name and a level");
        }
    }

    /** True for the offices that lead a state: head of state, head of government, leader. */
    public boolean leads() {
        return level == Level.HEAD_OF_STATE || level == Level.HEAD_OF_GOVERNMENT || level == Level.LEADER;
    }
}
