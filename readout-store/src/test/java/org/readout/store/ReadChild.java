package org.readout.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The process {@link StoreReadOnlyTest} reads beside: opens a store read-only, prints "open N" (its
 * documents) and holds it until its standard input closes.
 */
public final class ReadChild {
    private ReadChild() {
    }

    public static void main(String[] args) throws IOException {
        try (Store store = Store.openReadOnly(StoreConfig.at(Path.of(args[0])))) {
            System.out.println("open " + store.counts().documents());
            System.out.flush();
            System.in.readAllBytes();
        }
    }
}
