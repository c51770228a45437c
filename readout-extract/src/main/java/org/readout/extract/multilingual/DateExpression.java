package org.readout.extract.multilingual;

/**
 * A date as a text writes it, any part missing: "2019年10月23日", "21日", "周一", "13/7", "23 января".
 * Offsets are UTF-16, end-exclusive.
 *
 * @param weekday  1 = Monday
 * @param relative days from the day of writing ("today" 0, "yesterday" -1)
 */
record DateExpression(int start, int end, Integer year, Integer month, Integer day, Integer weekday, Integer relative) {
    boolean complete() {
        return year != null && month != null && day != null;
    }
}
