package org.readout.analysis.office;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.readout.analysis.AnalysisData;
import org.readout.analysis.Meeting;
import org.readout.extract.knowledge.KnowledgeException;
import org.readout.extract.knowledge.Table;
import org.readout.extract.text.Fold;
import org.readout.model.Participant;

/**
 * The level of an office from its title ({@code office-levels.tsv}): the longest phrase of the table
 * that the title contains sets it; a deputy's word lowers a leader's or minister's title to a deputy's.
 * Immutable and thread-safe.
 *
 * @param levels   the level of each folded phrase, deputy modifiers excluded
 * @param deputies the folded phrases that make a title a deputy's
 */
public record OfficeLevels(Map<String, OfficeLevel> levels, List<String> deputies) {
    public OfficeLevels {
        levels = Map.copyOf(levels);
        deputies = List.copyOf(deputies);
    }

    public static OfficeLevels bundled() {
        return of(AnalysisData.bundled("office-levels.tsv"));
    }

    /** From a table with the columns {@code phrase} and {@code level} (leader, minister, official or deputy). */
    public static OfficeLevels of(Table table) {
        Map<Boolean, List<Table.Row>> byDeputy = table.rows().stream()
                .collect(Collectors.partitioningBy(r -> level(r) == OfficeLevel.DEPUTY));
        return new OfficeLevels(byDeputy.get(false).stream().collect(Collectors.toMap(
                        r -> Fold.key(r.get("phrase")), OfficeLevels::level, (x, y) -> x)),
                byDeputy.get(true).stream().map(r -> Fold.key(r.get("phrase"))).toList());
    }

    /** "Deputy Prime Minister" is a deputy's office, "Foreign Minister" a minister's, "Ambassador" an official's. */
    public OfficeLevel of(String role) {
        String words = " " + Fold.key(role) + " ";
        OfficeLevel base = levels.entrySet().stream().filter(e -> words.contains(" " + e.getKey() + " "))
                .max(Comparator.comparingInt((Map.Entry<String, OfficeLevel> e) -> e.getKey().length())
                        .thenComparing(Map.Entry::getValue))
                .map(Map.Entry::getValue).orElse(OfficeLevel.OFFICIAL);
        boolean deputy = deputies.stream().anyMatch(d -> words.contains(" " + d + " "));
        return deputy && base.compareTo(OfficeLevel.DEPUTY) > 0 ? OfficeLevel.DEPUTY : base;
    }

    /** The highest level of any of the roles; an official's for none. */
    public OfficeLevel highest(Collection<String> roles) {
        return roles.stream().map(this::of).max(Comparator.naturalOrder()).orElse(OfficeLevel.OFFICIAL);
    }

    /** The highest office among a meeting's participants. */
    public OfficeLevel of(Meeting meeting) {
        return highest(meeting.participants().stream().map(Participant::roles).flatMap(List::stream).toList());
    }

    private static OfficeLevel level(Table.Row r) {
        String level = r.get("level");
        try {
            return OfficeLevel.valueOf(level.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new KnowledgeException(r.file(), r.line(), "unknown level '" + level + "'");
        }
    }
}
