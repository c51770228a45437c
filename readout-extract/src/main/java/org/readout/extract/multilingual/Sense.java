package org.readout.extract.multilingual;

/** What a matched word or phrase means. */
sealed interface Sense {
    /**
     * An official by a spelling of their name.
     *
     * @param surnameOnly the spelling is the surname alone, which may name someone else too
     */
    record Person(String name, boolean surnameOnly) implements Sense {
    }

    /** A title, with the office in English ("Foreign Minister"). */
    record Title(String office) implements Sense {
    }

    /** A state, by name, short form or adjective. */
    record Country(String alpha3) implements Sense {
    }

    /** A city, region or venue; {@code city} or {@code region} may be null. */
    record Place(String city, String region, String country) implements Sense {
    }

    /** A word the frame reads: an interaction, its channel, a plan, a locative preposition ... */
    record Cue(CueKind kind) implements Sense {
    }

    /** A word of a date: a weekday (1 = Monday), or a day counted from the day of writing (0 = today). */
    record DateWord(boolean weekday, int value) implements Sense {
    }
}
