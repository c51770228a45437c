package org.readout.server.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadResultTest {
    private static Sample sample(Endpoint e, int status, long millis) {
        return new Sample(new LoadRequest(e, "/api/x" + millis), status, millis * 1_000_000, 2048, null);
    }

    @Test
    void countsErrorsAndPercentilesPerGroupAndOverall() {
        List<Sample> samples = List.of(sample(Endpoint.MEETING, 200, 10), sample(Endpoint.MEETING, 200, 30),
                sample(Endpoint.MEETING, 500, 20), sample(Endpoint.TIMELINE, 200, 5),
                new Sample(new LoadRequest(Endpoint.SEARCH, "/api/search?q=a"), 0, 1_000_000, 0, "java.net.ConnectException"));

        LoadResult r = LoadResult.of(new LoadSettings(5, 2, 0, 1, 1), Warmup.none(), Duration.ofSeconds(1), samples);

        GroupStats meeting = r.groups().get(Endpoint.MEETING.ordinal());
        assertThat(meeting.name()).isEqualTo("meeting");
        assertThat(meeting.requests()).isEqualTo(3);
        assertThat(meeting.errors()).isEqualTo(1);
        assertThat(meeting.p50()).isEqualTo(20);
        assertThat(meeting.max()).isEqualTo(30);
        assertThat(meeting.meanKiB()).isEqualTo(2);
        assertThat(r.groups().get(Endpoint.ACTORS.ordinal()).requests()).isZero();
        assertThat(r.overall().requests()).isEqualTo(5);
        assertThat(r.errors()).isEqualTo(2);
        assertThat(r.failures()).containsExactly("HTTP 500 for /api/x20", "java.net.ConnectException for /api/search?q=a");
    }

    @Test
    void theTableShowsTheWarmUpAndHasARowPerGroupAndOneForAll() {
        LoadResult r = LoadResult.of(new LoadSettings(1, 1, 3, 2, 42), new Warmup(3, List.of(250.4, 400.0)), Duration.ofMillis(500),
                List.of(sample(Endpoint.TIMELINE, 200, 12)));

        List<String> lines = r.table().lines().toList();

        assertThat(lines.get(0)).contains("1 requests from 1 clients", "6 warm-up requests", "seed 42");
        assertThat(lines.get(1)).isEqualTo("warm-up: 2 rounds of 3, requests/s 250 400");
        assertThat(lines.get(2)).contains("endpoint", "p99 ms");
        assertThat(lines.subList(3, lines.size())).extracting(l -> l.split(" +")[0])
                .containsExactly("timeline", "meeting", "statements", "search", "actors", "all");
        assertThat(lines.get(3)).matches("timeline +1 +0 +12\\.0 +12\\.0 +12\\.0 +12\\.0 +2\\.0");
    }
}
