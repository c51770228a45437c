package org.readout.analysis.codes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.readout.analysis.AnalysisData;
import org.readout.extract.knowledge.Table;
import org.readout.model.Location;

/**
 * A meeting's place as GDELT writes its ActionGeo columns: the gazetteer's city with its coordinates
 * ({@code geo-cities.tsv}, GeoNames), else the country's point ({@code geo-countries.tsv}), with
 * GDELT's FIPS 10-4 country code ({@code fips-countries.tsv}). Immutable and thread-safe.
 */
public final class GdeltGeo {
    private final Map<String, String> fips;
    private final Map<String, String> countryNames;
    private final Map<String, double[]> countryPoints;
    private final Map<String, double[]> cityPoints;

    public GdeltGeo() {
        this.fips = column(AnalysisData.bundled("fips-countries.tsv"), "alpha3", "fips");
        this.countryNames = column(AnalysisData.knowledge("countries.tsv"), "alpha3", "name");
        this.countryPoints = points(AnalysisData.bundled("geo-countries.tsv"), "alpha3", null);
        this.cityPoints = points(AnalysisData.bundled("geo-cities.tsv"), "name", "country");
    }

    /** GDELT's place for {@code location}: a world (4) or US (3) city, a country (1), or none (0). */
    public GdeltEvent.Place place(Location location) {
        if (location == null || location.country() == null) {
            return GdeltEvent.Place.NONE;
        }
        String country = location.country();
        String countryName = countryNames.getOrDefault(country, country);
        String code = fips.get(country);
        double[] city = location.city() == null ? null : cityPoints.get(cityKey(location.city(), country));
        if (city != null) {
            List<String> parts = new ArrayList<>(List.of(location.city()));
            Optional.ofNullable(location.region()).filter(r -> !r.equals(location.city())).ifPresent(parts::add);
            parts.add(countryName);
            return new GdeltEvent.Place("USA".equals(country) ? 3 : 4, String.join(", ", parts), code, city[0], city[1], null);
        }
        double[] point = countryPoints.get(country);
        return point == null
                ? new GdeltEvent.Place(1, countryName, code, null, null, code)
                : new GdeltEvent.Place(1, countryName, code, point[0], point[1], code);
    }

    private static Map<String, String> column(Table table, String key, String value) {
        Map<String, String> map = new HashMap<>();
        table.rows().forEach(r -> map.putIfAbsent(r.get(key), r.optional(value)));
        return map;
    }

    private static Map<String, double[]> points(Table table, String name, String country) {
        Map<String, double[]> map = new HashMap<>();
        table.rows().forEach(r -> map.put(country == null ? r.get(name) : cityKey(r.get(name), r.get(country)),
                new double[] {Double.parseDouble(r.get("latitude")), Double.parseDouble(r.get("longitude"))}));
        return map;
    }

    private static String cityKey(String city, String country) {
        return city.toLowerCase(Locale.ROOT) + "\t" + country;
    }
}
