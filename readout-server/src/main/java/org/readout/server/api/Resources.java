package org.readout.server.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Files bundled on the class path; a missing one is a bug in the build. */
final class Resources {
    private Resources() {
    }

    static byte[] read(String path) {
        try (InputStream in = Resources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
