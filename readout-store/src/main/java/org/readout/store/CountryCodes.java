package org.readout.store;

import java.util.Locale;
import java.util.Optional;
import org.readout.extract.knowledge.Countries;
import org.readout.extract.knowledge.Country;

/** Query filters name countries by alpha-3 code or by name; the store keeps codes. */
final class CountryCodes {
    private final Countries countries;

    CountryCodes(Countries countries) {
        this.countries = countries;
    }

    /** "VNM", "vnm", "Vietnam", "Viet Nam" all give "VNM"; null stays null. */
    String code(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return null;
        }
        return countries.byCode(codeOrName.strip().toUpperCase(Locale.ROOT))
                .or(() -> countries.byAnyForm(codeOrName)).map(Country::alpha3)
                .orElseThrow(() -> new IllegalArgumentException("unknown country: " + codeOrName));
    }

    /** The name of the country with alpha-3 code {@code code}, in any case. */
    Optional<String> name(String code) {
        return code == null ? Optional.empty() : countries.byCode(code.strip().toUpperCase(Locale.ROOT)).map(Country::name);
    }
}
