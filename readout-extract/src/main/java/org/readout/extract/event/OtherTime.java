package org.readout.extract.event;

import java.util.regex.Pattern;

/**
 * Words that put what a sentence tells at another time than the event reported: a plan ("will be
 * held in", "ahead of his visit to") or the past ("last year", "his previous visit").
 */
final class OtherTime {
    private static final String PLAN = "\\b(?:will|would|shall|to be|expected|scheduled|plans?|planned|set to|ahead of"
            + "|in advance of|upcoming|preparations?|next (?:week|month|year)|look(?:s|ing)? forward|invit\\w+)\\b";
    private static final Pattern PLANNED = Pattern.compile("(?i)" + PLAN);
    private static final Pattern PLANNED_BEFORE = Pattern.compile("(?i)" + PLAN + "[^.,;]*+$");
    private static final Pattern RECALLED = Pattern.compile(
            "(?i)\\b(?:last (?:year|month|week|visit|time)|earlier this (?:year|month)|ago|in the past|previous|former|recalled"
            + "|in (?:january|february|march|april|may|june|july|august|september|october|november|december) (?:19|20)\\d\\d)\\b");

    private OtherTime() {
    }

    static boolean planned(String sentence) {
        return PLANNED.matcher(sentence).find();
    }

    /** Whether a plan word stands in the clause that leads up to {@code at}, within {@code reach} characters. */
    static boolean plannedBefore(String sentence, int at, int reach) {
        return PLANNED_BEFORE.matcher(sentence).region(Math.max(0, at - reach), at).find();
    }

    static boolean recalled(String sentence) {
        return RECALLED.matcher(sentence).find();
    }

    /** Whether a past-time word stands within {@code reach} characters of {@code [start, end)}. */
    static boolean recalledNear(String sentence, int start, int end, int reach) {
        return RECALLED.matcher(sentence).region(Math.max(0, start - reach), Math.min(sentence.length(), end + reach)).find();
    }
}
