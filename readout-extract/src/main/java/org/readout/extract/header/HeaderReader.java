package org.readout.extract.header;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.extract.date.DateFinder;
import org.readout.extract.date.DateMention;
import org.readout.extract.knowledge.Knowledge;
import org.readout.extract.knowledge.Outlet;
import org.readout.extract.zone.Zoner;
import org.readout.extract.zone.Zones;
import org.readout.model.SourceDocument;
import org.readout.model.Span;

/**
 * Reads what a document says about itself from its first lines and its boilerplate: headline,
 * publication date, outlet, address and dateline. Hints from the container (an HTML page's
 * metadata) win over what the text says.
 */
public final class HeaderReader {
    private static final Pattern LINE = Pattern.compile("[^\\n]*");
    /** A scraper's first line: " date 2024-04-06 Chinese FM meets with ...". */
    private static final Pattern SCRAPER_LINE = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b[ \\t]*");
    private static final Pattern POSTED = Pattern.compile("(?i)\\bpost(?:ed)? on .{0,60}?\\b(?:at|on)\\s+([^.\\n]{6,30})");
    private static final Pattern URL_LINE = Pattern.compile("(?im)^[ \\t]*+(?:source|url|link|originally published at)?[ \\t]*+:?[ \\t]*+(https?://\\S++)[ \\t]*+$");

    private final DateFinder dateFinder = new DateFinder();
    private final TitleFinder titles;
    private final Datelines datelines;
    private final OutletFinder outlets;
    private final Zoner zoner = new Zoner();
    private final PublicationDates publicationDates = new PublicationDates();

    public HeaderReader(Knowledge knowledge) {
        this.titles = new TitleFinder(knowledge.outlets());
        this.datelines = new Datelines(knowledge);
        this.outlets = new OutletFinder(knowledge.outlets());
    }

    public DocumentHeader read(SourceDocument doc) {
        String text = doc.text();
        List<String> lines = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        Matcher lm = LINE.matcher(text);
        while (lm.find()) {
            if (!lm.group().isBlank()) {
                lines.add(lm.group());
                offsets.add(lm.start());
            }
        }
        LocalDate scraped = null;
        Span scraperLine = null;
        if (!lines.isEmpty()) {
            Matcher m = SCRAPER_LINE.matcher(lines.get(0));
            if (m.find()) {
                scraped = LocalDate.parse(m.group(1));
                scraperLine = new Span(offsets.get(0), offsets.get(0) + m.end());
                lines.set(0, lines.get(0).substring(m.end()));
                offsets.set(0, offsets.get(0) + m.end());
            }
        }
        // A page's clock on its first line is the day it was viewed: its year hints nothing.
        int clockEnd = !lines.isEmpty() && PublicationDates.isPageClock(lines.get(0))
                ? offsets.get(0) + lines.get(0).length() : 0;
        Integer yearHint = latestYear(text.substring(clockEnd));
        LocalDate given = firstNonNull(doc.published(), scraped);
        Dateline dateline = datelines.find(lines, offsets, given, yearHint).orElse(null);
        Zones zones = zoner.zone(text, scraperLine, dateline == null ? null : dateline.span());
        LocalDate published = firstNonNull(given, publicationDates.find(text, zones), postedDate(text));
        if (given == null && published != null && dateline != null) {
            dateline = datelines.find(lines, offsets, published, yearHint).orElse(dateline);
        }
        if (published == null && dateline != null && dateline.date() != null && yearHint != null) {
            published = dateline.date();
        }
        String title = doc.title() != null ? doc.title() : titles.find(lines, text);
        Optional<OutletFinder.Publisher> publisher = outlets.find(text, lines, dateline, zones);
        Outlet outlet = publisher.map(OutletFinder.Publisher::outlet).orElse(null);
        String outletName = publisher.map(OutletFinder.Publisher::name).orElse(doc.siteName());
        String url = doc.url() != null ? doc.url() : urlLine(text);
        return new DocumentHeader(title, published, outlet, outletName, url, dateline, yearHint, scraperLine, zones);
    }

    // "... post on vietnamnews.vn at September 11, 2021."
    private LocalDate postedDate(String text) {
        Matcher m = POSTED.matcher(text);
        if (m.find()) {
            return dateFinder.find(m.group(1), 0).stream().filter(DateMention::isComplete).findFirst()
                    .map(d -> LocalDate.of(d.year(), d.month(), d.day())).orElse(null);
        }
        return null;
    }

    private Integer latestYear(String text) {
        return dateFinder.fullDates(text).stream().map(DateMention::year).max(Integer::compare).orElse(null);
    }

    private static String urlLine(String text) {
        Matcher m = URL_LINE.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
