package org.readout.extract.statement;

/**
 * Where quotations open and close. Each quotation mark opens or closes one, except that a paragraph
 * opening with a mark inside a quotation goes on with it: English leaves a quotation that runs over
 * paragraphs open at each paragraph's end and opens it again at the next one's start.
 */
final class Quotations {
    private Quotations() {
    }

    /** How many characters at the sentence's start are quoted: up to the closing mark of a quotation open at its start. */
    static int quotedPrefix(String text, boolean startsInQuote) {
        int from;
        int open = firstNonSpace(text);
        if (startsInQuote) {
            from = open < text.length() && isQuoteMark(text.charAt(open)) ? open + 1 : 0;
        } else if (open < text.length() && isQuoteMark(text.charAt(open))) {
            from = open + 1;
        } else {
            return 0;
        }
        for (int i = from; i < text.length(); i++) {
            if (isQuoteMark(text.charAt(i))) {
                return i + 1;
            }
        }
        return text.length();
    }

    /**
     * Whether a quotation is still open after the sentence.
     *
     * @param paragraphStart the sentence opens a paragraph: a mark at its start reopens a quotation still open
     */
    static boolean endsInQuote(String text, boolean startsInQuote, boolean paragraphStart) {
        boolean open = startsInQuote;
        int from = 0;
        int first = firstNonSpace(text);
        if (paragraphStart && startsInQuote && first < text.length() && isQuoteMark(text.charAt(first))) {
            from = first + 1;
        }
        for (int i = from; i < text.length(); i++) {
            if (isQuoteMark(text.charAt(i))) {
                open = !open;
            }
        }
        return open;
    }

    /** Whether the sentence opens with a quotation mark. */
    static boolean opensWithQuote(String text) {
        int first = firstNonSpace(text);
        return first < text.length() && isQuoteMark(text.charAt(first));
    }

    static boolean isQuoteMark(char c) {
        return c == '"' || c == '“' || c == '”';
    }

    private static int firstNonSpace(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
