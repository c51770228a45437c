package org.readout.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.model.ReadoutRecord;

/** A Readout shipped as Spark ships it: through Java serialisation, config only. */
class ReadoutSerializationTest {
    private static final String TEXT = "HANOI, May 8 -- Vietnamese Foreign Minister Bui Thanh Son held talks with "
            + "Indonesian Foreign Minister Retno Marsudi in Hanoi on Tuesday.\n\n"
            + "Son said Vietnam is ready to work with Indonesia to expand trade and maritime cooperation.\n";

    private static Readout original;

    @BeforeAll
    static void create() {
        original = Readout.create();
    }

    @Test
    void aDeserialisedReadoutGivesTheSameRecord() throws Exception {
        Readout copy = (Readout) deserialise(serialise(original));

        ReadoutRecord expected = original.extract("talks.txt", TEXT);
        assertThat(expected.events()).isNotEmpty();
        assertThat(copy.extract("talks.txt", TEXT)).isEqualTo(expected);
    }

    @Test
    void onlyTheConfigTravelsNotTheModels() throws IOException {
        assertThat(serialise(original).length).isLessThan(1_000);
    }

    @Test
    void aJvmRebuildsOneReadoutPerConfig() throws Exception {
        byte[] bytes = serialise(original);

        assertThat(deserialise(bytes)).isSameAs(deserialise(bytes));
    }

    @Test
    void theKnowledgeFolderTravelsWithIt(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("officials.tsv"), "# one official for a test\n"
                + "name\tcountry\toffice\tfrom\tto\tvariants\nRetno Marsudi\tIDN\tForeign Minister\t2014\t2024\t\n");
        Readout withKnowledge = Readout.create(ReadoutConfig.withKnowledge(dir));

        Readout copy = (Readout) deserialise(serialise(withKnowledge));

        assertThat(copy.extract("t.txt", TEXT).provenance()).isEqualTo(withKnowledge.extract("t.txt", TEXT).provenance())
                .isNotEqualTo(original.extract("t.txt", TEXT).provenance());
    }

    private static byte[] serialise(Object o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }

    private static Object deserialise(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }
}
