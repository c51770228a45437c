package org.readout.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.readout.extract.knowledge.KnowledgeException;
import org.readout.extract.knowledge.Table;

/**
 * Reads the analysis data files bundled under {@code readout/analysis/}: tab-separated, in the
 * extractor's knowledge-file format ({@link Table}), so that users edit them the same way.
 */
public final class AnalysisData {
    private static final String FOLDER = "/readout/analysis/";
    private static final String KNOWLEDGE = "/readout/knowledge/";

    private AnalysisData() {
    }

    /** The bundled file {@code name}; a missing or malformed file is a bug in the build. */
    public static Table bundled(String name) {
        return read(FOLDER, name);
    }

    /** A knowledge file of the extractor (countries), read rather than copied. */
    public static Table knowledge(String name) {
        return read(KNOWLEDGE, name);
    }

    private static Table read(String folder, String name) {
        try (InputStream in = AnalysisData.class.getResourceAsStream(folder + name)) {
            if (in == null) {
                throw new KnowledgeException(name, 0, "not on the class path under " + folder);
            }
            return Table.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
