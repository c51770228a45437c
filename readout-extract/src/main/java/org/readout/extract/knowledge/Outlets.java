package org.readout.extract.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.readout.extract.text.Fold;

/** Outlets by name, alias, web domain and boilerplate marker. */
public final class Outlets {
    private final List<Outlet> outlets;
    private final Map<String, Outlet> byName = new HashMap<>();
    private final Map<String, Outlet> byDomain = new HashMap<>();
    private final List<Outlet> marked;

    Outlets(List<Outlet> outlets) {
        this.outlets = List.copyOf(outlets);
        this.marked = this.outlets.stream().filter(o -> !o.markers().isEmpty()).toList();
        for (Outlet o : outlets) {
            byName.putIfAbsent(nameKey(o.name()), o);
            o.aliases().forEach(a -> byName.putIfAbsent(nameKey(a), o));
            o.domains().forEach(d -> byDomain.putIfAbsent(d.toLowerCase(Locale.ROOT), o));
        }
    }

    static Outlets from(Table table) {
        return new Outlets(table.rows().stream().map(r -> new Outlet(
                r.get("name"), r.optional("country"), r.get("kind"), r.list("aliases"), r.list("domains"),
                r.list("markers"))).toList());
    }

    // Non-Latin mastheads fold to nothing, so they are keyed as written.
    private static String nameKey(String s) {
        String key = Fold.key(s);
        return key.isEmpty() ? s.strip() : key;
    }

    public Optional<Outlet> byName(String text) {
        return Optional.ofNullable(byName.get(nameKey(text)));
    }

    /** The outlet of a host name: "en.nhandan.vn" finds the outlet of "nhandan.vn". */
    public Optional<Outlet> byHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        while (true) {
            Outlet o = byDomain.get(h);
            if (o != null) {
                return Optional.of(o);
            }
            int dot = h.indexOf('.');
            if (dot < 0 || h.indexOf('.', dot + 1) < 0) {
                return Optional.empty();
            }
            h = h.substring(dot + 1);
        }
    }

    /** The first outlet, in the file's order, one of whose boilerplate markers the text holds. */
    public Optional<Outlet> markedIn(String text) {
        // few outlets have markers: asking only those spares a pass over the whole list for every page
        for (Outlet o : marked) {
            for (String marker : o.markers()) {
                if (text.contains(marker)) {
                    return Optional.of(o);
                }
            }
        }
        return Optional.empty();
    }

    public List<Outlet> all() {
        return outlets;
    }
}
