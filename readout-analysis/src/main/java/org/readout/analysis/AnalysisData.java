package org.readout.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.readout.extract.knowledge.KnowledgeException;
import org.readout.extract.knowledge.Table;

/**
 * Reads the analysis data files bundled under {@code readout/analysis/}: tab-separated, in the
 * knowledge files' format ({@link Table}), so that users edit them the same way.
 */
public final class AnalysisData {
    private static final String FOLDER = "/readout/analysis/";

    private AnalysisData() {
    }

    /** The bundled file {@code name}; a missing or malformed file is a bug in the build. */
    public static Table bundled(String name) {
        try (InputStream in = AnalysisData.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new KnowledgeException(name, 0, "not on the class path under " + FOLDER);
            }
            return Table.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
