package org.readout.server.api;

import java.nio.file.Path;
import org.readout.extract.Readout;
import org.readout.extract.ReadoutConfig;

/**
 * The server's one extraction engine, built on first use (loading its models takes a while, and a
 * read-only server that nobody asks to extract never needs it), with the store's knowledge.
 */
final class Extractor {
    private final Path knowledgeDir;
    private volatile Readout readout;

    Extractor(Path knowledgeDir) {
        this.knowledgeDir = knowledgeDir;
    }

    Readout get() {
        Readout r = readout;
        if (r == null) {
            synchronized (this) {
                r = readout;
                if (r == null) {
                    r = Readout.create(ReadoutConfig.withKnowledge(knowledgeDir));
                    readout = r;
                }
            }
        }
        return r;
    }
}
