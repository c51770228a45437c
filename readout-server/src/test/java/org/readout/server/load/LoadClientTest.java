package org.readout.server.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The load test is aimed at this machine only, and a request that gets no answer is an error, not an exception. */
class LoadClientTest {
    @ParameterizedTest
    @ValueSource(strings = {"http://192.0.2.1:7070", "http://0.0.0.0:7070", "http://10.0.0.1/", "http://[2001:db8::1]:80",
        "https://127.0.0.1:7070", "file:///tmp/x"})
    void refusesABaseUrlThatIsNotHttpOnLoopback(String url) {
        assertThatThrownBy(() -> new LoadClient(URI.create(url))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoadTest.run(URI.create(url), new LoadSettings(1, 1, 0, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:7070", "http://127.1.2.3:7070/", "http://[::1]:7070", "http://localhost:7070"})
    void acceptsLoopback(String url) {
        assertThat(new LoadClient(URI.create(url))).isNotNull();
    }

    @Test
    void noAnswerIsAnErrorSample() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        LoadClient client = new LoadClient(URI.create("http://127.0.0.1:" + closedPort));

        Sample sample = client.time(new LoadRequest(Endpoint.MEETING, "/api/meetings/m1"));

        assertThat(sample.error()).isTrue();
        assertThat(sample.status()).isZero();
        assertThat(sample.describe()).contains("/api/meetings/m1");
    }
}
