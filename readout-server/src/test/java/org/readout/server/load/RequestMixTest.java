package org.readout.server.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RequestMixTest {
    private final RequestMix mix = new RequestMix(Map.of(
            Endpoint.TIMELINE, List.of("/api/meetings?country=CHN&country=VNM", "/api/meetings?country=CHN&country=USA"),
            Endpoint.MEETING, List.of("/api/meetings/m1", "/api/meetings/m2", "/api/meetings/m3"),
            Endpoint.STATEMENTS, List.of("/api/statements?meeting=m1"),
            Endpoint.SEARCH, List.of("/api/search?q=Vietnam"),
            Endpoint.ACTORS, List.of("/api/actors?sort=events")));

    @Test
    void theSameSeedSendsTheSameRequestsAndAnotherSeedOthers() {
        assertThat(mix.draw(200, 42)).isEqualTo(mix.draw(200, 42));
        assertThat(mix.draw(200, 43)).isNotEqualTo(mix.draw(200, 42));
    }

    @Test
    void mostRequestsAreTimelinesAndMeetingsAndEveryGroupGetsItsShare() {
        Map<Endpoint, Long> counts = mix.draw(10_000, 7).stream()
                .collect(Collectors.groupingBy(LoadRequest::endpoint, Collectors.counting()));

        RequestMix.SHARES.forEach((endpoint, percent) ->
                assertThat(counts.get(endpoint)).as(endpoint.label()).isBetween(percent * 100L - 300, percent * 100L + 300));
        assertThat(counts.get(Endpoint.TIMELINE) + counts.get(Endpoint.MEETING)).isGreaterThan(7_500);
        assertThat(RequestMix.SHARES.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
    }

    @Test
    void drawsOnlyItsOwnPathsAndEachOfThem() {
        Map<String, Endpoint> drawn = mix.draw(2_000, 1).stream()
                .collect(Collectors.toMap(LoadRequest::path, LoadRequest::endpoint, (a, b) -> a));

        Map<String, Endpoint> all = mix.paths().entrySet().stream().flatMap(e -> e.getValue().stream()
                .map(p -> Map.entry(p, e.getKey()))).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(drawn).isEqualTo(all);
    }

    @Test
    void aGroupWithNothingToAskIsRefused() {
        Map<Endpoint, List<String>> noSearch = mix.paths().entrySet().stream()
                .filter(e -> e.getKey() != Endpoint.SEARCH)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThatThrownBy(() -> new RequestMix(noSearch)).hasMessageContaining("search");
    }
}
