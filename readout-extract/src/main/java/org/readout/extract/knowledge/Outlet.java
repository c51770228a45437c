package org.readout.extract.knowledge;

import java.util.List;

/**
 * A publisher. {@code kind}: state (state media), government (a ministry or official portal),
 * press (national press), international (wires and outlets that speak for no government).
 */
public record Outlet(String name, String country, String kind, List<String> aliases, List<String> domains,
                     List<String> markers) {
    public Outlet {
        aliases = List.copyOf(aliases);
        domains = List.copyOf(domains);
        markers = List.copyOf(markers);
    }

    public boolean speaksForItsState() {
        return !"international".equals(kind);
    }
}
