package org.readout.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readout.extract.knowledge.KnowledgeLoader;
import org.readout.model.Location;

/** Which of several same-named places a sentence means. */
class PlaceFinderTest {
    private static PlaceFinder places;

    @BeforeAll
    static void load() {
        places = new PlaceFinder(KnowledgeLoader.load(null));
    }

    private static Optional<String> country(String sentence, String... sides) {
        return places.find(sentence, List.of(sides), null).map(Location::country);
    }

    @Test
    void aSidesNamesakeOfComparableSizeIsTheOneMeant() {
        assertThat(country("The two ministers met in Hyderabad on Monday.", "PAK", "AFG")).contains("PAK");
    }

    @Test
    void aSidesNamesakeTownGivesWayToAProminentPlaceFiveTimesItsSize() {
        assertThat(country("The ministers met in Paris on the sidelines of the forum.", "USA", "KEN")).contains("FRA");
        assertThat(country("The ministers met in Bali on the sidelines of the G20.", "IND", "RUS")).contains("IDN");
        assertThat(country("The ministers met in Geneva on Thursday.", "USA", "RUS")).contains("CHE");
    }

    @Test
    void aSidesNamesakeStaysWhereTheLargerPlaceIsNoProminentOne() {
        assertThat(country("The two leaders met in Queenstown on Friday.", "NZL", "AUS")).contains("NZL");
    }

    @Test
    void theCountryTheTextNamesSettlesANamesake() {
        assertThat(country("The ministers met in Cartagena, Spain, on Friday.", "COL", "PER")).contains("ESP");
    }
}
