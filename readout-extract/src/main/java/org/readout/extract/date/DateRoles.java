package org.readout.extract.date;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells what a date in a sentence dates: the word nearest to it (either side, a name of several
 * words counting as one word and a comma as several, stopping at a semicolon, colon or quotation
 * mark) that names a meeting, a statement, a journey or something to come. A date that opens its
 * sentence ("On 18 February, on the sidelines of ..., the President met ...") dates the main verb,
 * however far. "X and Y spoke by phone, the ministry said on
 * Friday" dates the statement; "X met Y on Friday, the ministry said" dates the meeting.
 */
public final class DateRoles {
    private static final int MAX_DISTANCE = 10;
    private static final int OPENING_MAX_DISTANCE = 30;
    private static final Pattern OPENING = Pattern.compile("(?i)(?:^|[“\"‘])\\W*+(?:(?:earlier |later )?on |since |by )?$");
    private static final int COMMA_DISTANCE = 4;
    private static final Map<DateRole, String> CUES = Map.of(
            DateRole.INTERACTION, "met meet meets meeting meetings talks talked talk held hold holds hosted hosts received"
                    + " receives welcomed welcomes call called calls phoned spoke speak speaks conversation conversations"
                    + " discussed discuss discussion discussions conferred summit sidelines margins began commenced"
                    + " exchanged shook greeted video videoconference vtc virtual virtually online phone telephone",
            DateRole.REPORT, "said says say saying told tells announced announces announcement stated statement statements"
                    + " reported reports report tweeted tweet tweets posted post wrote writes added noted according readout"
                    + " release briefing reporters press spokesperson spokesman spokeswoman confirmed published issued interview",
            DateRole.TRAVEL, "arrived arrives arrival arriving landed lands left leave leaves leaving departed departs departing"
                    + " departure returned returning returns visit visits visited trip tour",
            DateRole.OTHER, "will would shall expected scheduled due plans planned planning set upcoming ahead till until");
    private static final Map<String, DateRole> ROLE_OF = index();
    private static final Set<String> RELATIVE = Set.of("who", "which", "whose");
    private static final Set<String> AFTERWARDS = Set.of("after", "following", "before", "ahead");
    /** Interaction words that are nouns, which far from a date may be another clause's ("tensions at the meeting"). */
    private static final Set<String> NOUNS = Set.of("meeting", "meetings", "call", "calls", "conversation", "conversations",
            "discussion", "discussions", "summit", "sidelines", "margins");
    // "X Holds Talks with Y, August 4, 2022": a date appended to a headline or caption says when it was written.
    private static final Pattern APPENDED_BEFORE = Pattern.compile(",\\s*+$");
    private static final Pattern APPENDED_AFTER = Pattern.compile("[\\s.]*+");
    /** "will meet on Thursday": a meeting still to come. */
    private static final Pattern MODAL_BEFORE = Pattern.compile(
            "(?i)\\b(?:will|would|shall|may|might|could|(?:expected|set|scheduled|due|going|plans?) to)\\s+(?:\\p{L}+\\s+)?$");
    private static final Pattern RANGE_BEFORE = Pattern.compile("(?i)\\b(?:from|between)\\s+$");
    private static final Pattern RANGE_AFTER = Pattern.compile("\\s*(?:to|till|until|and|-|–)\\s*\\d");

    private static Map<String, DateRole> index() {
        Map<String, DateRole> index = new java.util.HashMap<>();
        CUES.forEach((role, words) -> {
            for (String w : words.split(" ")) {
                index.put(w, role);
            }
        });
        return Map.copyOf(index);
    }

    /** The role of the date written at {@code [start, end)} of {@code sentence}. */
    public DateRole role(String sentence, int start, int end) {
        if (APPENDED_BEFORE.matcher(sentence).region(0, start).find()
                && APPENDED_AFTER.matcher(sentence).region(end, sentence.length()).matches()) {
            return DateRole.UNSAID;
        }
        if (RANGE_BEFORE.matcher(sentence.substring(Math.max(0, start - 9), start)).find()
                || RANGE_AFTER.matcher(sentence).region(end, sentence.length()).lookingAt()) {
            return DateRole.OTHER;
        }
        boolean opening = OPENING.matcher(sentence).region(0, start).find();
        Cue left = nearest(sentence, start, -1, MAX_DISTANCE);
        Cue right = nearest(sentence, end, 1, opening ? OPENING_MAX_DISTANCE : MAX_DISTANCE);
        Cue best = right.distance < left.distance ? right : left;
        if (best.role == DateRole.INTERACTION && MODAL_BEFORE.matcher(sentence).region(Math.max(0, best.start - 30), best.start).find()) {
            return DateRole.OTHER;
        }
        return best.role;
    }

    private record Cue(DateRole role, int distance, int start) {
    }

    // Walks word by word from the date, in one direction, to the first cue word.
    private static Cue nearest(String s, int from, int step, int maxDistance) {
        int distance = 0;
        int i = step < 0 ? from - 1 : from;
        boolean inName = false;
        while (i >= 0 && i < s.length() && distance <= maxDistance) {
            char c = s.charAt(i);
            if (c == ';' || c == ':' || c == '"' || c == '“' || c == '”') {
                break;
            }
            if (c == ',') {
                distance += COMMA_DISTANCE;
                inName = false;
            }
            if (!Character.isLetter(c)) {
                i += step;
                continue;
            }
            int wordStart = i;
            while (i >= 0 && i < s.length() && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '\'' || s.charAt(i) == '’')) {
                i += step;
            }
            String word = step < 0 ? s.substring(i + 1, wordStart + 1) : s.substring(wordStart, i);
            if (step > 0 && AFTERWARDS.contains(word)) {
                // "gave the thumbs up Thursday after two days of talks": the talks came before.
                break;
            }
            if (step > 0 && RELATIVE.contains(word)) {
                // ", who was on an official visit to Vietnam, held talks": the aside is not the main verb.
                int close = s.indexOf(',', i);
                i = close < 0 ? s.length() : close + 1;
                continue;
            }
            boolean capitalized = Character.isUpperCase(word.charAt(0));
            if (!(capitalized && inName)) {
                distance++;
            }
            inName = capitalized;
            String lower = word.toLowerCase(Locale.ROOT);
            DateRole role = ROLE_OF.get(lower);
            if (role != null && !(distance > MAX_DISTANCE && NOUNS.contains(lower))) {
                return new Cue(role, distance, step < 0 ? i + 1 : wordStart);
            }
        }
        return new Cue(DateRole.UNSAID, Integer.MAX_VALUE, from);
    }
}
