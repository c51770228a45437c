package org.readout.extract.header;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.extract.knowledge.Outlet;
import org.readout.extract.knowledge.Outlets;

/**
 * Names the publisher from the places where texts name it: the dateline's brackets ("(Xinhua)"),
 * a "Source:" line, the page's address, a masthead line or a "VGP - " prefix, boilerplate that only
 * one outlet prints. Photo credits and quoted sources are not the publisher and are not read.
 */
final class OutletFinder {
    private static final Pattern OUTLET_SEPARATOR = Pattern.compile("\\s*(?:/|\\s-\\s|,)\\s*");
    private static final Pattern SOURCE_LINE = Pattern.compile("(?im)^[ \\t]*+(?:source|nguồn|via)[ \\t]*+:[ \\t]*+([^|\\n]+)");
    private static final Pattern LINE_PREFIX = Pattern.compile("(?m)^[ \\t]*+([\\p{Lu}][\\p{L}.]{1,12})\\s?[-–—]\\s?\\S");
    private static final Pattern MASTHEAD_SEGMENT = Pattern.compile("\\s{2,}|\\t");
    private static final int HEADER_LINES = 12;

    private final Outlets outlets;

    OutletFinder(Outlets outlets) {
        this.outlets = outlets;
    }

    Optional<Outlet> find(String text, List<String> lines, Dateline dateline) {
        return fromDateline(dateline)
                .or(() -> fromSourceLines(text))
                .or(() -> fromHosts(text))
                .or(() -> fromMastheads(lines))
                .or(() -> fromLinePrefixes(text))
                .or(() -> fromMarkers(text));
    }

    // "(UrduPoint News / Sputnik - 09th September, 2020)": the last outlet named is the originator.
    private Optional<Outlet> fromDateline(Dateline dateline) {
        if (dateline == null || dateline.outletText() == null) {
            return Optional.empty();
        }
        Optional<Outlet> found = Optional.empty();
        for (String part : OUTLET_SEPARATOR.split(dateline.outletText())) {
            Optional<Outlet> o = outlets.byName(part.strip());
            if (o.isPresent()) {
                found = o;
            }
        }
        return found;
    }

    private Optional<Outlet> fromSourceLines(String text) {
        Matcher m = SOURCE_LINE.matcher(text);
        while (m.find()) {
            String value = m.group(1).strip();
            Optional<Outlet> o = outlets.byName(value).or(() -> firstHost(value));
            if (o.isPresent()) {
                return o;
            }
        }
        return Optional.empty();
    }

    private Optional<Outlet> fromHosts(String text) {
        return firstHost(text);
    }

    private Optional<Outlet> firstHost(String text) {
        for (String host : Hosts.find(text)) {
            Optional<Outlet> o = outlets.byHost(host);
            if (o.isPresent()) {
                return o;
            }
        }
        return Optional.empty();
    }

    // A line that is only the outlet's name, or a segment of the first lines set apart by wide spacing.
    private Optional<Outlet> fromMastheads(List<String> lines) {
        for (String line : lines.subList(0, Math.min(HEADER_LINES, lines.size()))) {
            for (String segment : MASTHEAD_SEGMENT.split(line.strip())) {
                Optional<Outlet> o = outlets.byName(segment.strip());
                if (o.isPresent()) {
                    return o;
                }
            }
        }
        return Optional.empty();
    }

    // "VGP - Vietnamese Minister ...", "KBC-survey-feedback-poster": a line that opens with the outlet's tag.
    private Optional<Outlet> fromLinePrefixes(String text) {
        Matcher m = LINE_PREFIX.matcher(text);
        while (m.find()) {
            Optional<Outlet> o = outlets.byName(m.group(1));
            if (o.isPresent() && m.group(1).equals(m.group(1).toUpperCase(java.util.Locale.ROOT))) {
                return o;
            }
        }
        return Optional.empty();
    }

    private Optional<Outlet> fromMarkers(String text) {
        return outlets.all().stream().filter(o -> o.markers().stream().anyMatch(text::contains)).findFirst();
    }
}
