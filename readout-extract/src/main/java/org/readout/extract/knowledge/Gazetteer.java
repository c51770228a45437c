package org.readout.extract.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.readout.extract.text.Fold;

/** World cities by name (diacritics and spacing folded: "Hà Nội" = "Ha Noi" = "Hanoi"). */
public final class Gazetteer {
    private final Map<String, List<City>> byName = new HashMap<>();

    Gazetteer(List<City> cities, Map<String, String> aliases) {
        for (City city : cities) {
            byName.computeIfAbsent(Fold.compact(city.name()), k -> new ArrayList<>()).add(city);
        }
        aliases.forEach((alias, target) -> {
            List<City> found = byName.get(Fold.compact(target));
            if (found != null) {
                byName.putIfAbsent(Fold.compact(alias), found);
            }
        });
        byName.values().forEach(list -> list.sort(Comparator.comparingLong(City::population).reversed()));
    }

    static Gazetteer from(Table cities, Table aliases) {
        List<City> list = cities.rows().stream().map(r -> new City(
                r.get("name"), r.get("country"), r.integer("population") == null ? 0 : r.integer("population"),
                r.optional("admin"))).toList();
        Map<String, String> aliasMap = new HashMap<>();
        for (Table.Row r : aliases.rows()) {
            aliasMap.put(r.get("alias"), r.get("name"));
        }
        return new Gazetteer(list, aliasMap);
    }

    /** Every city of that name, the most populous first. */
    public List<City> lookup(String name) {
        return byName.getOrDefault(Fold.compact(name), List.of());
    }
}
