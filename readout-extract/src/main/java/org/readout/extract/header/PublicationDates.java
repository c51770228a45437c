package org.readout.extract.header;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.readout.extract.text.Whitespace;
import org.readout.extract.zone.Zone;
import org.readout.extract.zone.ZoneKind;
import org.readout.extract.zone.Zones;

/**
 * Reads the day a page was published from where pages print it: a date line or byline at the head of the
 * story ("POLITICS 16:54 / 21.12.2022", "Name | January 30, 2023, 10:16 PM", "ANI | Updated: 25-12-2024"),
 * a date that closes the headline, a short line of the page's header, an end credit ("MAP: 15 December 2023").
 * A page's clock as its very first line ("Friday, April 19, 2024") is the day it was viewed, and a caption's
 * date is the picture's.
 */
final class PublicationDates {
    /** Date lines this far into the story (a standfirst comes first on some pages) still date the page. */
    private static final int STORY_REACH = 3;
    private static final int SHORT_HEADER_WORDS = 12;
    private static final Pattern WEEKDAY_FIRST = Pattern.compile(
            "^(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*+\\.?,?\\s");

    private final HeaderDates dates = new HeaderDates();

    LocalDate find(String text, Zones zones) {
        List<Zone> all = zones.zones();
        int stories = 0;
        for (int i = 0; i < all.size() && stories <= STORY_REACH; i++) {
            Zone z = all.get(i);
            String s = z.text(text);
            if (z.kind() == ZoneKind.STORY) {
                stories++;
            } else if (datesThePage(z, s, stories, isFirst(all, i) && isPageClock(s))) {
                List<HeaderDates.Found> found = dates.find(s);
                if (z.kind() == ZoneKind.TITLE) {
                    found = found.stream().filter(f -> closesTitle(s, f)).toList();
                }
                if (!found.isEmpty()) {
                    return found.get(0).date();
                }
            }
        }
        return zones.of(ZoneKind.END_CREDIT).stream().flatMap(z -> dates.find(z.text(text)).stream())
                .map(HeaderDates.Found::date).findFirst().orElse(null);
    }

    // "Wang Yi Holds Talks with ..., August 4, 2022": set off by a comma at the headline's end ("... Call on
    // September 11, 2013" dates the call).
    private static boolean closesTitle(String title, HeaderDates.Found f) {
        return title.substring(f.end()).isBlank() && title.substring(0, f.start()).stripTrailing().endsWith(",");
    }

    private static boolean datesThePage(Zone z, String s, int stories, boolean clock) {
        return switch (z.kind()) {
            case DATE_LINE, BYLINE -> !clock;
            case TITLE -> true;
            case BOILERPLATE -> stories == 0 && !clock && Whitespace.RUNS.split(s.strip()).length <= SHORT_HEADER_WORDS;
            default -> false;
        };
    }

    /** A date led by its weekday, as a page's first line: the page's clock. */
    static boolean isPageClock(String firstLine) {
        return WEEKDAY_FIRST.matcher(firstLine.strip()).find();
    }

    // The page's first zone, or the first after a collector's prefix.
    private static boolean isFirst(List<Zone> all, int i) {
        return i == 0 || i == 1 && all.get(0).kind() == ZoneKind.BOILERPLATE && all.get(0).span().start() == 0;
    }
}
