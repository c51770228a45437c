package org.readout.extract.event;

import java.util.List;
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
    private static final List<Pattern> KINDS = List.of(
            Pattern.compile("\\b((?i:on|at) the (?:sidelines|margins?) of [^,.;]+|(?i:during) (?:his|her|their) attendance at [^,.;]+"
                    + "|(?<=\\bto attend )(?:the )?\\p{Lu}[^,.;]+)"),
            // At most eight words before "visit": an unbounded run recursed per word and was read again from each word.
            Pattern.compile("\\b((?:(?:first|maiden|official|state|working|special|unofficial|private|historic|brief|\\w+-day) ){1,8}"
                    + "visit(?: to (?:the )?" + NAME + ")?|(?i:during) (?:his|her|their) (?:visit|trip) to [^,.;]+)"),
            Pattern.compile("\\b((?i:courtesy call) (?:at|on) [^,.;]+(?:, " + NAME + ")?"
                    + "|(?:(?i:first)(?:-ever)? )?(?i:virtual) (?:bilateral )?(?i:summit))"));
    /** Where an occasion ends: its date, "here", or the clause that follows. */
    // Tried only where spaces start (from inside a run it would match from the run's start too): tried from each
    // space, a long run of them was read again from each.
    private static final Pattern END = Pattern.compile(
            "(?<!\\s)\\s++(?:on (?:\\p{Lu}\\p{L}+day|\\d|\\p{Lu}\\p{L}+ \\d)|here\\b|today\\b|yesterday\\b|and \\p{Ll}+(?:ed|s)\\b"
            + "|which\\b|where\\b|themed\\b|(?:being )?held\\b).*$");
    private static final Pattern THE = Pattern.compile("^the ");

    Optional<String> read(SeedSentences sentences, Story story) {
        List<Integer> about = sentences.about().stream()
                .filter(i -> !OtherTime.planned(story.text(i)) && !OtherTime.recalled(story.text(i))).toList();
        for (Pattern kind : KINDS) {
            Optional<String> found = first(kind, sentences.near(), story).or(() -> first(kind, about, story));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> first(Pattern kind, List<Integer> indices, Story story) {
        for (int i : indices) {
            Matcher m = kind.matcher(story.text(i));
            if (m.find()) {
                return Optional.of(THE.matcher(END.matcher(m.group(1)).replaceFirst("").strip()).replaceFirst(""));
            }
        }
        return Optional.empty();
    }
}
