package org.readout.store;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.readout.extract.knowledge.Countries;
import org.readout.extract.knowledge.Country;

/** Query filters name countries by alpha-3 code or by name; the store keeps codes. */
final class CountryCodes {
    private final Countries countries;
    private final Supplier<List<String>> stored;

    /** {@code stored}: the codes of the states the store's meetings have, which an unknown name is answered with. */
    CountryCodes(Countries countries, Supplier<List<String>> stored) {
        this.countries = countries;
        this.stored = stored;
    }

    /** "VNM", "vnm", "Vietnam", "Viet Nam" all give "VNM"; null stays null. */
    String code(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return null;
        }
        return countries.byCode(codeOrName.strip().toUpperCase(Locale.ROOT))
                .or(() -> countries.byAnyForm(codeOrName)).map(Country::alpha3)
                .orElseThrow(() -> new IllegalArgumentException(unknown(codeOrName)));
    }

    /** Says what would be understood: the countries that would find something, not all two hundred. */
    private String unknown(String codeOrName) {
        List<String> codes = stored.get();
        String known = codes.isEmpty() ? "the store has no meetings yet"
                : "the store's meetings have " + codes.stream().map(c -> c + " (" + name(c).orElse(c) + ")")
                        .collect(Collectors.joining(", "));
        return "unknown country '" + codeOrName + "': give an ISO 3166 alpha-3 code or an English name; " + known;
    }

    /** The name of the country with alpha-3 code {@code code}, in any case. */
    Optional<String> name(String code) {
        return code == null ? Optional.empty() : countries.byCode(code.strip().toUpperCase(Locale.ROOT)).map(Country::name);
    }
}
