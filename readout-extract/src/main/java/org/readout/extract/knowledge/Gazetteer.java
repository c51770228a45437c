package org.readout.extract.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.readout.extract.text.Fold;

/**
 * World cities by name (diacritics and spacing folded: "Hà Nội" = "Ha Noi" = "Hanoi"). An alias
 * adds its city to those of that name ("Geneva" is Geneva in Switzerland and Geneva in the United States).
 */
public final class Gazetteer {
    private final Map<String, List<City>> byName = new HashMap<>();

    /** Another spelling of the city {@code name} of {@code country}. */
    record Alias(String alias, String name, String country) {
    }

    Gazetteer(List<City> cities, List<Alias> aliases) {
        for (City city : cities) {
            byName.computeIfAbsent(Fold.compact(city.name()), k -> new ArrayList<>()).add(city);
        }
        for (Alias alias : aliases) {
            byName.getOrDefault(Fold.compact(alias.name()), List.of()).stream()
                    .filter(c -> c.country().equals(alias.country()))
                    .forEach(c -> {
                        List<City> named = byName.computeIfAbsent(Fold.compact(alias.alias()), k -> new ArrayList<>());
                        if (!named.contains(c)) {
                            named.add(c);
                        }
                    });
        }
        byName.values().forEach(list -> list.sort(Comparator.comparingLong(City::population).reversed()));
    }

    static Gazetteer from(Table cities, Table aliases) {
        List<City> list = cities.rows().stream().map(r -> new City(
                r.get("name"), r.get("country"), r.integer("population") == null ? 0 : r.integer("population"),
                r.optional("admin"))).toList();
        return new Gazetteer(list, aliases.rows().stream()
                .map(r -> new Alias(r.get("alias"), r.get("name"), r.get("country"))).toList());
    }

    /** Every city of that name, the most populous first. */
    public List<City> lookup(String name) {
        return byName.getOrDefault(Fold.compact(name), List.of());
    }

    /** The city of that name in that state, the most populous if several: "Cartagena" in ESP, not the larger one in COL. */
    public Optional<City> lookup(String name, String country) {
        return lookup(name).stream().filter(c -> c.country().equals(country)).findFirst();
    }
}
