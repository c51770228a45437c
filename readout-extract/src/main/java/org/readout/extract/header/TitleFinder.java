package org.readout.extract.header;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.extract.knowledge.Outlets;
import org.readout.extract.text.Whitespace;

/**
 * Finds a headline among the lines before the story starts: a short line that reads like a
 * headline, not a menu item, byline, timestamp, photo caption or the site's own name.
 */
final class TitleFinder {
    private static final int MIN_WORDS = 4;
    private static final int MAX_WORDS = 20;
    /** A line this long is the story itself: headlines stop before it. */
    static final int BODY_WORDS = 30;
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)\\b(share|shares|tweet|subscribe|comment|comments|connect with us|submit release|log ?in|sign ?up"
            + "|read more|read full|editor|written by|newsletter|cookie|advertisement|all rights reserved|copyright)\\b");
    private static final Pattern CAPTION = Pattern.compile(
            "(?i)(\\(photo|photo:|photo by|\\(screengrab\\)|\\(file\\)|/[A-Z]{2,}\\)?\\s*$|\\bpic\\.twitter)");
    private static final Pattern PHOTO = Pattern.compile("(?i)\\bphoto\\b");
    private static final Pattern LEADING_DATE = Pattern.compile(
            "^\\W*(\\d{1,4}[-/.]\\d{1,2}|\\d{1,2}\\s+\\p{L}{3}|(mon|tue|wed|thu|fri|sat|sun)\\p{L}*\\.?,?\\s)", Pattern.CASE_INSENSITIVE);

    private final Outlets outlets;

    TitleFinder(Outlets outlets) {
        this.outlets = outlets;
    }

    /** The first line that passes, scanning until the story starts; null when none does. */
    String find(List<String> lines, String wholeText) {
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            int words = Whitespace.RUNS.split(line).length;
            if (words >= BODY_WORDS || Datelines.startsStory(line)) {
                return null;
            }
            if (isHeadline(line, words, wholeText)) {
                return line;
            }
        }
        return null;
    }

    private boolean isHeadline(String line, int words, String wholeText) {
        if (words < MIN_WORDS || words > MAX_WORDS || line.contains("|") || line.startsWith("•")) {
            return false;
        }
        if (latinShare(line) < 0.7 || BOILERPLATE.matcher(line).find() || CAPTION.matcher(line).find() || photoCredit(line)
                || LEADING_DATE.matcher(line).find() || outlets.byName(line).isPresent()) {
            return false;
        }
        // A sentence with a full stop is story text, unless the page repeats it as a heading.
        return !line.endsWith(".") || wholeText.indexOf(line) != wholeText.lastIndexOf(line);
    }

    private static double latinShare(String line) {
        long letters = line.codePoints().filter(Character::isLetter).count();
        long latin = line.codePoints().filter(c -> Character.isLetter(c)
                && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
        return letters == 0 ? 0 : (double) latin / letters;
    }

    /** "Photo: Reuters / Li Wei": a "photo" with a slash after it; only the first can tell, so the line is read once. */
    private static boolean photoCredit(String line) {
        Matcher photo = PHOTO.matcher(line);
        return photo.find() && line.indexOf('/', photo.end()) >= 0;
    }
}
