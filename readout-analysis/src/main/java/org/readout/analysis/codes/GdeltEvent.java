package org.readout.analysis.codes;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One CAMEO-coded event as a row of GDELT 2.0's event table (61 columns, GDELT Event Codebook V2.0).
 * The columns Readout cannot fill (known-group, ethnic, religious and second and third type codes,
 * AvgTone, the actors' own places, ADM1/ADM2 codes) are empty, as GDELT leaves a value it lacks;
 * an actor's Geo_Type is 0, as GDELT writes it for no place.
 *
 * @param date      the day of the event, never null: see {@link MeetingFacts#day} for an undated one
 * @param dateAdded when the first account of it was stored (UTC)
 */
public record GdeltEvent(long globalEventId, LocalDate date, Actor actor1, Actor actor2, boolean rootEvent,
                         String eventCode, int quadClass, double goldstein, int numMentions, int numSources,
                         int numArticles, Place actionGeo, LocalDateTime dateAdded, String sourceUrl) {
    private static final Pattern BREAKS = Pattern.compile("\\s*[\\t\\r\\n]+\\s*");
    /** A CAMEO actor: the state's code and its role ("CHNGOV"), the name the text gives, the state. */
    public record Actor(String code, String name, String countryCode, String type1Code) {
    }

    /**
     * A place as GDELT's Geo columns hold it.
     *
     * @param type        0 none, 1 country, 3 US city, 4 city elsewhere
     * @param countryCode FIPS 10-4
     * @param featureId   for a country, its FIPS code, as GDELT writes it; null for a city (GDELT's are GNS ids, which Readout lacks)
     */
    public record Place(int type, String fullName, String countryCode, Double latitude, Double longitude, String featureId) {
        public static final Place NONE = new Place(0, null, null, null, null, null);
    }

    public static final List<String> COLUMNS = Stream.of(
            List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"),
            actorColumns("Actor1"), actorColumns("Actor2"),
            List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                    "NumMentions", "NumSources", "NumArticles", "AvgTone"),
            geoColumns("Actor1Geo"), geoColumns("Actor2Geo"), geoColumns("ActionGeo"),
            List.of("DATEADDED", "SOURCEURL")).flatMap(List::stream).toList();

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

    public GdeltEvent {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(eventCode, "eventCode");
        Objects.requireNonNull(actionGeo, "actionGeo");
        Objects.requireNonNull(dateAdded, "dateAdded");
    }

    /**
     * GDELT's FractionDate, to four decimals: the year plus (MONTH * 30 + DAY) / 365, its codebook's
     * approximation, with MONTH counted from 0 as GDELT's files count it (1 January is .0027, 18
     * February .1315), which keeps the fraction within the 0 to 0.9999 the codebook promises.
     */
    public static String fractionDate(LocalDate day) {
        int months = day.getMonthValue() - 1;
        return String.format(Locale.ROOT, "%.4f", day.getYear() + (months * 30 + day.getDayOfMonth()) / 365.0);
    }

    /** The row's values in {@link #COLUMNS} order; null for an empty column. */
    public List<String> values() {
        Map<String, String> v = new HashMap<>();
        v.put("GLOBALEVENTID", Long.toString(globalEventId));
        v.put("SQLDATE", date.format(DAY));
        v.put("MonthYear", v.get("SQLDATE").substring(0, 6));
        v.put("Year", Integer.toString(date.getYear()));
        v.put("FractionDate", fractionDate(date));
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
        place("Actor1Geo", Place.NONE, v);
        place("Actor2Geo", Place.NONE, v);
        place("ActionGeo", actionGeo, v);
        v.put("DATEADDED", dateAdded.format(SECOND));
        v.put("SOURCEURL", sourceUrl);
        List<String> row = new ArrayList<>(COLUMNS.size());
        COLUMNS.forEach(c -> row.add(clean(v.get(c))));
        return row;
    }

    private static void actor(String prefix, Actor actor, Map<String, String> v) {
        if (actor != null) {
            v.put(prefix + "Code", actor.code());
            v.put(prefix + "Name", actor.name());
            v.put(prefix + "CountryCode", actor.countryCode());
            v.put(prefix + "Type1Code", actor.type1Code());
        }
    }

    private static void place(String prefix, Place place, Map<String, String> v) {
        v.put(prefix + "_Type", Integer.toString(place.type()));
        v.put(prefix + "_FullName", place.fullName());
        v.put(prefix + "_CountryCode", place.countryCode());
        v.put(prefix + "_Lat", coordinate(place.latitude()));
        v.put(prefix + "_Long", coordinate(place.longitude()));
        v.put(prefix + "_FeatureID", place.featureId());
    }

    private static String coordinate(Double degrees) {
        return degrees == null ? null : String.format(Locale.ROOT, "%.4f", degrees);
    }

    /** GDELT's values hold no tab or line break: a name or URL with one gets a space instead. */
    private static String clean(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        // most values hold no tab or line break: looked for before the pattern runs (61 values an event)
        return value.chars().anyMatch(ch -> ch == '\t' || ch == '\r' || ch == '\n') ? BREAKS.matcher(value).replaceAll(" ") : value;
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
