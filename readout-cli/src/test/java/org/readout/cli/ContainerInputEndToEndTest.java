package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** extract reads containers by their content: each document named by its place, a dump's columns chosen on the command line. */
class ContainerInputEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aZippedDumpWithItsOwnColumnNames(@TempDir Path dir) throws IOException {
        String text = Files.readString(Cli.repositoryRoot().resolve("examples/001_4e6ba41967b06cfd.txt"));
        ObjectNode row = JSON.createObjectNode().put("story", text).put("address", "https://agency.example/1");
        Path zip = dir.resolve("dump.zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry("day/dump.jsonl"));
            out.write((row + "\n{\"story\": broken\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }

        Cli.Result result = Cli.run("extract", "--text-column", "story", "--url-column", "address", zip.toString());

        assertThat(result.outLines()).singleElement().satisfies(line -> {
            JsonNode record = JSON.readTree(line);
            assertThat(record.get("doc").asText()).isEqualTo("dump.zip!/day/dump.jsonl#1");
            assertThat(record.get("url").asText()).isEqualTo("https://agency.example/1");
            assertThat(record.get("events").size()).isPositive();
        });
        assertThat(result.err()).contains("day/dump.jsonl#2", "line 2 is not valid JSON");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.SOME_INPUT_FAILED);
    }
}
