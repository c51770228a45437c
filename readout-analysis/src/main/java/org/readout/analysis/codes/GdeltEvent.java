package org.readout.analysis.codes;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One CAMEO-coded event as a row of GDELT 2.0's event table (61 tab-separated columns, GDELT Event
 * Codebook V2.0); the columns Readout cannot fill (ethnic and religious codes, tone, actors' places,
 * coordinates, FIPS country codes, DATEADDED) are left empty.
 *
 * @param actionGeoType GDELT's geographic resolution: 1 country, 3 US city, 4 world city; 0 unknown
 */
public record GdeltEvent(long globalEventId, LocalDate date, Actor actor1, Actor actor2, boolean rootEvent,
                         String eventCode, int quadClass, double goldstein, int numMentions, int numSources,
                         int numArticles, int actionGeoType, String actionGeoFullName, String sourceUrl) {
    /** A CAMEO actor: the state's code and its role ("CHNGOV"), the name the text gives, the state. */
    public record Actor(String code, String name, String countryCode, String type1Code) {
    }

    public static final List<String> COLUMNS = Stream.of(
            List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"),
            actorColumns("Actor1"), actorColumns("Actor2"),
            List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                    "NumMentions", "NumSources", "NumArticles", "AvgTone"),
            geoColumns("Actor1Geo"), geoColumns("Actor2Geo"), geoColumns("ActionGeo"),
            List.of("DATEADDED", "SOURCEURL")).flatMap(List::stream).toList();

    /** The header line: the column names, tab-separated. */
    public static String header() {
        return String.join("\t", COLUMNS);
    }

    /** This event as one tab-separated line, in {@link #COLUMNS} order, without a line end. */
    public String toTsv() {
        Map<String, String> v = new HashMap<>();
        v.put("GLOBALEVENTID", Long.toString(globalEventId));
        if (date != null) {
            v.put("SQLDATE", date.toString().replace("-", ""));
            v.put("MonthYear", v.get("SQLDATE").substring(0, 6));
            v.put("Year", Integer.toString(date.getYear()));
            v.put("FractionDate", String.format(Locale.ROOT, "%.4f",
                    date.getYear() + (double) date.getDayOfYear() / date.lengthOfYear()));
        }
        actor("Actor1", actor1, v);
        actor("Actor2", actor2, v);
        v.put("IsRootEvent", rootEvent ? "1" : "0");
        v.put("EventCode", eventCode);
        v.put("EventBaseCode", eventCode.substring(0, Math.min(3, eventCode.length())));
        v.put("EventRootCode", eventCode.substring(0, 2));
        v.put("QuadClass", Integer.toString(quadClass));
        v.put("GoldsteinScale", String.format(Locale.ROOT, "%.1f", goldstein));
        v.put("NumMentions", Integer.toString(numMentions));
        v.put("NumSources", Integer.toString(numSources));
        v.put("NumArticles", Integer.toString(numArticles));
        if (actionGeoType > 0) {
            v.put("ActionGeo_Type", Integer.toString(actionGeoType));
            v.put("ActionGeo_FullName", actionGeoFullName);
        }
        v.put("SOURCEURL", sourceUrl);
        return COLUMNS.stream().map(c -> clean(v.get(c))).collect(Collectors.joining("\t"));
    }

    private static void actor(String prefix, Actor actor, Map<String, String> v) {
        if (actor != null) {
            v.put(prefix + "Code", actor.code());
            v.put(prefix + "Name", actor.name());
            v.put(prefix + "CountryCode", actor.countryCode());
            v.put(prefix + "Type1Code", actor.type1Code());
        }
    }

    private static String clean(String value) {
        return value == null ? "" : value.replaceAll("[\\t\\r\\n]+", " ");
    }

    private static List<String> actorColumns(String a) {
        return Stream.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                "Religion2Code", "Type1Code", "Type2Code", "Type3Code").map(c -> a + c).toList();
    }

    private static List<String> geoColumns(String g) {
        return Stream.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
                .map(c -> g + "_" + c).toList();
    }
}
