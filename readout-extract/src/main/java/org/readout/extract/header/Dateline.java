package org.readout.extract.header;

import java.time.LocalDate;
import org.readout.extract.knowledge.City;
import org.readout.model.Span;

/**
 * The opening of a news story: "NANNING, April 5 (Xinhua) --". Any part but the span may be null.
 *
 * @param city    the place, when the gazetteer knows it
 * @param country alpha-3 of the place
 * @param date    the dateline's date, its year taken from the publication date when it has none
 */
public record Dateline(City city, String country, LocalDate date, String outletText, Span span) {
}
