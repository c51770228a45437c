package org.readout.extract.date;

/** What a date in a sentence is the date of, read from the words nearest to it. */
public enum DateRole {
    /** A meeting, talks or a call: "met on Tuesday", "On 18 February, ... held talks". */
    INTERACTION,
    /** A statement or report about it: "the ministry said on Friday", "In a post on Wednesday". */
    REPORT,
    /** A journey, which need not be the day of the meeting: "arrived in Tehran Friday night". */
    TRAVEL,
    /** Something still to come or a span of days: "will meet on Thursday", "from June 16 to 21". */
    OTHER,
    /** Nothing near it says. */
    UNSAID
}
