package org.readout.extract.zone;

/** What a stretch of a page is: the story, or one of the things around it. */
public enum ZoneKind {
    /** The headline (and a deck or standfirst that repeats the story). */
    TITLE,
    /** A byline: "Name | January 30, 2023, 10:16 PM", "By J. Correspondent | February 24, 2012". */
    BYLINE,
    /** A line of dates and times and their labels: "POLITICS 16:54 / 21.12.2022 3988", "Updated: 22-12-2022 20:53 IST". */
    DATE_LINE,
    /** The story's opening place, date and agency: "NANNING, April 5 (Xinhua) --". */
    DATELINE,
    /** A picture's caption or credit. */
    CAPTION,
    /** Menus, share bars, tag and link lists, prompts, page furniture. */
    BOILERPLATE,
    /** The credit that closes a story: "— Bernama", "Source: UzA", "(END)". */
    END_CREDIT,
    /** The story itself. */
    STORY
}
