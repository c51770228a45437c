package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shaded jar as a user runs it, in a child JVM: run by failsafe after {@code package} has
 * built it, so that {@code mvn verify} checks the artifact and not only the classes.
 */
class JarIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String READOUT = " date 2025-03-12 Thai, Vietnamese foreign ministers hold talks in Bangkok\n\n"
            + "BANGKOK, March 12 (VNA) -- Vietnamese Foreign Minister Bui Thanh Son held talks with Thai Foreign "
            + "Minister Maris Sangiampongsa in Bangkok on Wednesday.\n\n"
            + "Son said Vietnam is ready to work with Thailand to expand trade in rice and fruit.\n";

    @Test
    void extractsTheExamplesWithoutLoggingNoise() throws IOException, InterruptedException {
        Cli.Result child = Cli.runJar(new byte[0], "extract", "examples");

        assertThat(child.exitCode()).as("stderr: %s", child.err()).isZero();
        assertThat(child.errLines()).as("the jar's logging binding (slf4j-nop)").noneMatch(l -> l.startsWith("SLF4J"));
        Map<String, JsonNode> records = byDoc(child.outLines());
        assertThat(records).hasSize(5);
        assertThat(records.get("001_4e6ba41967b06cfd.txt").get("events").get(0).get("participants"))
                .extracting(p -> p.get("name").asText()).containsExactlyInAnyOrder("Wang Yi", "Bui Thanh Son");
    }

    @Test
    void readsStandardInputForADash() throws IOException, InterruptedException {
        Cli.Result child = Cli.runJar(READOUT.getBytes(StandardCharsets.UTF_8), "extract", "-");

        assertThat(child.exitCode()).as("stderr: %s", child.err()).isZero();
        Map<String, JsonNode> records = byDoc(child.outLines());
        assertThat(records).containsOnlyKeys("stdin");
        assertThat(records.get("stdin").get("events")).hasSize(1);
    }

    private static Map<String, JsonNode> byDoc(List<String> lines) throws IOException {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (String line : lines) {
            JsonNode record = JSON.readTree(line);
            out.put(record.get("doc").asText(), record);
        }
        return out;
    }
}
