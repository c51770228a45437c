package org.readout.extract.multilingual;

import java.util.Locale;

/** The kinds of words a language pack lists for the frame, by the name its files give them. */
enum CueKind {
    /** An in-person meeting or talks. */
    MEET,
    /** Receiving someone: the receiver's country hosts. */
    RECEIVE,
    /** A visit, which makes an in-person meeting where the visitor goes. */
    VISIT,
    PHONE,
    VIDEO,
    /** The interaction is announced or planned, not reported as having happened. */
    PLANNED,
    /** Next to an interaction word: an earlier interaction the text recalls ("encontro recente", "上次会晤"), not one it reports. */
    RECALLED,
    /** Several parties in one interaction (a conference call, trilateral talks), not one meeting each. */
    JOINT,
    /** A preposition of place: a country after it is where things happen ("in der Ukraine"). */
    LOCATIVE,
    /** A phrase that contains a listed word but means something else ("tiếp tục": continue, not receive). */
    IGNORE;

    static CueKind of(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }

    boolean isInteraction() {
        return this == MEET || this == RECEIVE || this == VISIT || this == PHONE || this == VIDEO;
    }
}
