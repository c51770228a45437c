package org.readout.extract;

import org.readout.model.ReadoutRecord;
import org.readout.model.SourceDocument;

/**
 * The extraction engine's front door: {@code Readout.create(config).extract(document)}.
 * An instance is immutable and thread-safe; create it once (loading knowledge and models
 * costs a few hundred milliseconds) and share it.
 */
public final class Readout {
    private final ReadoutConfig config;

    private Readout(ReadoutConfig config) {
        this.config = config;
    }

    public static Readout create(ReadoutConfig config) {
        return new Readout(config);
    }

    public static Readout create() {
        return create(ReadoutConfig.defaults());
    }

    public ReadoutRecord extract(SourceDocument document) {
        throw new UnsupportedOperationException("not yet");
    }

    public ReadoutRecord extract(String id, String text) {
        return extract(SourceDocument.of(id, text));
    }
}
