package org.readout.extract.zone;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A document's zones in text order. Text in no zone (blank lines, indentation) belongs to none;
 * zones do not overlap.
 */
public record Zones(List<Zone> zones) {
    public Zones {
        zones = zones.stream().sorted(Comparator.comparingInt(z -> z.span().start())).toList();
        for (int i = 1; i < zones.size(); i++) {
            if (zones.get(i).span().start() < zones.get(i - 1).span().end()) {
                throw new IllegalArgumentException("zones overlap: " + zones.get(i - 1) + ", " + zones.get(i));
            }
        }
    }

    public List<Zone> of(ZoneKind kind) {
        return zones.stream().filter(z -> z.kind() == kind).toList();
    }

    /**
     * The text with everything but the zones of the kinds kept blanked with spaces (line breaks kept), so
     * that offsets into it are offsets into the document. Text in no zone is kept.
     */
    public String blankExcept(String text, Set<ZoneKind> kept) {
        if (zones.isEmpty()) {
            return text;
        }
        char[] out = text.toCharArray();
        for (Zone z : zones) {
            if (!kept.contains(z.kind())) {
                for (int i = z.span().start(); i < z.span().end(); i++) {
                    if (out[i] != '\n') {
                        out[i] = ' ';
                    }
                }
            }
        }
        return new String(out);
    }
}
