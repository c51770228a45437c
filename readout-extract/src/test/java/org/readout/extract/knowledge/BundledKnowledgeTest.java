package org.readout.extract.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.readout.extract.text.Fold;

/** The bundled knowledge files: consistent with each other, and answering the questions readouts raise. */
class BundledKnowledgeTest {
    /** Organisations the officials file codes beside the states of countries.tsv (its header lists them). */
    private static final Set<String> ORGANISATIONS = Set.of("UNO", "AUU", "ASN", "ARL");
    private static final Knowledge KNOWLEDGE = KnowledgeLoader.load(null);

    @Test
    void everyOfficialServesAKnownStateInOrderedYearsAndNoVariantIsABareWordOfTheName() {
        List<String> problems = new ArrayList<>();
        for (Official o : KNOWLEDGE.officials().all()) {
            if (KNOWLEDGE.countries().byCode(o.country()).isEmpty() && !ORGANISATIONS.contains(o.country())) {
                problems.add(o.name() + ": unknown state " + o.country());
            }
            if (o.from() != null && o.to() != null && o.from() > o.to()) {
                problems.add(o.name() + ": from " + o.from() + " after to " + o.to());
            }
            List<String> words = List.of(Fold.key(o.name()).split(" "));
            o.variants().stream().filter(v -> words.size() > 1 && words.contains(Fold.key(v)))
                    .forEach(v -> problems.add(o.name() + ": bare variant " + v));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theHoldersOfAnOfficeInAYear() {
        Officials officials = KNOWLEDGE.officials();

        assertThat(officials.holders("KAZ", "President", 2019)).extracting(Official::name)
                .containsExactly("Nursultan Nazarbayev", "Kassym-Jomart Tokayev");
        assertThat(officials.holders("USA", "Foreign Minister", 2015)).extracting(Official::name).containsExactly("John Kerry");
        assertThat(officials.holders("GBR", "Foreign Minister", 2020)).extracting(Official::name).containsExactly("Dominic Raab");
        assertThat(officials.holders("SAU", Office.Level.HEAD_OF_STATE, 2020)).extracting(Official::name)
                .containsExactly("Salman bin Abdulaziz");
    }

    @Test
    void aTitleWithItsStateFindsTheHolder() {
        Offices.Reading reading = KNOWLEDGE.offices().read("the EU's top diplomat").orElseThrow();

        assertThat(KNOWLEDGE.officials().holders(reading.country(), reading.office().name(), 2022))
                .extracting(Official::name).containsExactly("Josep Borrell");
        assertThat(KNOWLEDGE.offices().read("Turkiye's Foreign Minister")).get().extracting(Offices.Reading::country)
                .isEqualTo("TUR");
        assertThat(KNOWLEDGE.offices().canonical("Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates", "MAR"))
                .get().extracting(Office::name).isEqualTo("Foreign Minister");
        assertThat(KNOWLEDGE.offices().canonical("Foreign Secretary", "IND")).get().extracting(Office::level)
                .isEqualTo(Office.Level.OFFICIAL);
    }

    @Test
    void namesAsTextsWriteThem() {
        Officials officials = KNOWLEDGE.officials();

        assertThat(officials.canonical("Kono Taro", 2018)).contains("Taro Kono");
        assertThat(officials.canonical("H.E. Dr S. Jaishankar", 2023)).contains("S. Jaishankar");
        assertThat(officials.canonical("Datuk Seri Anwar Ibrahim", 2023)).contains("Anwar Ibrahim");
        assertThat(officials.canonical("Sheikh Hasina", 2020)).contains("Sheikh Hasina");
        assertThat(officials.countryOf("Albert II", 2000)).contains("BEL");
        assertThat(officials.countryOf("Albert II", 2020)).contains("MCO");
        assertThat(officials.closest("Dimitri Medveded", "RUS", null, 2021)).get().extracting(Official::name)
                .isEqualTo("Dmitry Medvedev");
    }

    @Test
    void placesAndSeatsOfGovernment() {
        assertThat(KNOWLEDGE.gazetteer().lookup("Bali").get(0).country()).isEqualTo("IDN");
        assertThat(KNOWLEDGE.gazetteer().lookup("Geneva").get(0).country()).isEqualTo("CHE");
        assertThat(KNOWLEDGE.gazetteer().lookup("Cartagena", "ESP")).isPresent();
        assertThat(KNOWLEDGE.gazetteer().lookup("Riyad")).extracting(City::name).contains("Riyadh");
        assertThat(KNOWLEDGE.countries().byMetonym("Putrajaya")).get().extracting(Country::alpha3).isEqualTo("MYS");
        assertThat(KNOWLEDGE.countries().byMetonym("the Kremlin")).get().extracting(Country::alpha3).isEqualTo("RUS");
        assertThat(KNOWLEDGE.countries().byAdjective("NATO")).get().extracting(Country::alpha3).isEqualTo("NAT");
    }
}
