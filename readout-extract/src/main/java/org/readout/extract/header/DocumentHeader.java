package org.readout.extract.header;

import java.time.LocalDate;
import org.readout.extract.knowledge.Outlet;
import org.readout.extract.zone.Zones;
import org.readout.model.Span;

/**
 * What a document says about itself: headline, publication date, publisher, address, dateline.
 *
 * @param outlet     a known outlet, or null
 * @param outletName the publisher's name (the known outlet's, or a site name the page gave)
 * @param yearHint   the latest year of a full date in the text, for dates written without one
 * @param scraperLine a scraper's "date YYYY-MM-DD" prefix, which is not part of the story (null if none)
 * @param zones      the page's zones: the story and what surrounds it
 */
public record DocumentHeader(String title, LocalDate published, Outlet outlet, String outletName, String url,
                             Dateline dateline, Integer yearHint,
                             Span scraperLine, Zones zones) {
    /** The day to resolve "on Thursday" against: the dateline's, else the publication date. */
    public LocalDate anchor() {
        return dateline != null && dateline.date() != null ? dateline.date() : published;
    }
}
