package org.readout.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an event took place during: a gathering ("on the sidelines of the G20 summit", "to attend
 * the Future Investment Initiative"), else a visit ("two-day state visit to Japan"), else another
 * setting ("courtesy call at State House, Nairobi", "first virtual bilateral summit"). The event's
 * own and lent sentences speak first, then those about its participants.
 */
final class OccasionReader {
    // Possessive (nothing after a name gives words back): a greedy loop recursed per word of a long run of names.
    private static final String NAME = "\\p{Lu}[\\p{L}-]++(?: \\p{Lu}[\\p{L}-]++)*+";
    /** A kind of occasion, and words one of which each of its phrases holds: where none is, the pattern cannot match. */
    private record Kind(Pattern pattern, List<String> cues) {
        // cheaper than the pattern, which is tried at every word of every sentence about the meeting
        boolean mayMatch(String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            return cues.stream().anyMatch(lower::contains);
        }
    }

    private static final List<Kind> KINDS = List.of(
            new Kind(Pattern.compile("\\b((?i:on|at) the (?:sidelines|margins?) of [^,.;]+|(?i:during) (?:his|her|their) attendance at [^,.;]+"
                    + "|(?<=\\bto attend )(?:the )?\\p{Lu}[^,.;]+)"), List.of("sidelines", "margin", "attendance at", "to attend ")),
            // At most eight words before "visit": an unbounded run recursed per word and was read again from each word.
            new Kind(Pattern.compile("\\b((?:(?:first|maiden|official|state|working|special|unofficial|private|historic|brief|\\w+-day) ){1,8}"
                    + "visit(?: to (?:the )?" + NAME + ")?|(?i:during) (?:his|her|their) (?:visit|trip) to [^,.;]+)"),
                    List.of("visit", "trip to")),
            new Kind(Pattern.compile("\\b((?i:courtesy call) (?:at|on) [^,.;]+(?:, " + NAME + ")?"
                    + "|(?:(?i:first)(?:-ever)? )?(?i:virtual) (?:bilateral )?(?i:summit))"), List.of("courtesy call", "virtual")));
    /** Where an occasion ends: its date, "here", or the clause that follows. */
    // Tried only where spaces start (from inside a run it would match from the run's start too): tried from each
    // space, a long run of them was read again from each.
    private static final Pattern END = Pattern.compile(
            "(?<!\\s)\\s++(?:on (?:\\p{Lu}\\p{L}+day|\\d|\\p{Lu}\\p{L}+ \\d)|here\\b|today\\b|yesterday\\b|and \\p{Ll}+(?:ed|s)\\b"
            + "|which\\b|where\\b|themed\\b|(?:being )?held\\b).*$");
    private static final Pattern THE = Pattern.compile("^the ");

    Optional<String> read(SeedSentences sentences, Story story) {
        List<Integer> about = null; // picked out only when the sentences near the meeting name no occasion
        for (Kind kind : KINDS) {
            Optional<String> found = first(kind, sentences.near(), story);
            if (found.isEmpty()) {
                if (about == null) {
                    about = sentences.about().stream()
                            .filter(i -> !OtherTime.planned(story.text(i)) && !OtherTime.recalled(story.text(i))).toList();
                }
                found = first(kind, about, story);
            }
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> first(Kind kind, List<Integer> indices, Story story) {
        for (int i : indices) {
            String text = story.text(i);
            if (!kind.mayMatch(text)) {
                continue;
            }
            Matcher m = kind.pattern().matcher(text);
            if (m.find()) {
                return Optional.of(THE.matcher(END.matcher(m.group(1)).replaceFirst("").strip()).replaceFirst(""));
            }
        }
        return Optional.empty();
    }
}
