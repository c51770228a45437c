package org.readout.store;

import java.nio.file.Path;

/**
 * The process {@link StoreKillTest} kills: ingests every file of a folder into a store, printing
 * "stored N" after each document's commit.
 */
public final class IngestChild {
    private IngestChild() {
    }

    public static void main(String[] args) {
        try (Store store = Store.open(Path.of(args[0]))) {
            int n = 0;
            for (Path file : Fixtures.files(Path.of(args[1]))) {
                store.ingest(Fixtures.read(file), file.toString());
                System.out.println("stored " + ++n);
                System.out.flush();
            }
        }
    }
}
