package org.readout.input;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tells an HTML page from plain text: by how it starts, or else by how thickly it is strewn with tags. */
final class HtmlDetector {
    private static final List<String> OPENINGS = List.of("<!doctype html", "<html", "<head", "<body");
    private static final Pattern TAG = Pattern.compile(
            "</?(?:p|div|span|a|br|li|ul|ol|h[1-6]|table|tr|td|section|article|main|strong|em|b|i)(?:\\s[^<>]*)?/?>",
            Pattern.CASE_INSENSITIVE);
    private static final int SAMPLE = 65_536;
    private static final int MIN_TAGS = 4;
    /** One tag per this many characters: a fragment of a few tagged paragraphs has one per 100 or so. */
    private static final int CHARS_PER_TAG = 500;

    private HtmlDetector() {
    }

    static boolean looksLikeHtml(String text) {
        int start = skipPreamble(text);
        return OPENINGS.stream().anyMatch(o -> opensWith(text, start, o)) || denselyTagged(text);
    }

    /**
     * For a field of a feed or dump, which holds a page's body or plain text, never a whole page:
     * one known tag makes it HTML.
     */
    static boolean looksLikeHtmlFragment(String text) {
        return TAG.matcher(text.length() > SAMPLE ? text.substring(0, SAMPLE) : text).find() || looksLikeHtml(text);
    }

    /** Skips white space, comments and an XML declaration, iteratively: input can be a megabyte of them. */
    private static int skipPreamble(String text) {
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
            } else if (text.startsWith("<!--", i)) {
                i = endOf(text, "-->", i + 4);
            } else if (text.startsWith("<?", i)) {
                i = endOf(text, ">", i + 2);
            } else {
                return i;
            }
        }
        return i;
    }

    private static int endOf(String text, String end, int from) {
        int at = text.indexOf(end, from);
        return at < 0 ? text.length() : at + end.length();
    }

    /** The opening, followed by the end of the tag name: {@code <header>} is not {@code <head>}. */
    private static boolean opensWith(String text, int start, String opening) {
        int after = start + opening.length();
        return text.regionMatches(true, start, opening, 0, opening.length())
                && (after == text.length() || " \t\n\f/>".indexOf(text.charAt(after)) >= 0);
    }

    private static boolean denselyTagged(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        Matcher m = TAG.matcher(sample);
        int tags = 0;
        while (m.find()) {
            tags++;
        }
        return tags >= MIN_TAGS && tags * CHARS_PER_TAG >= sample.length();
    }
}
