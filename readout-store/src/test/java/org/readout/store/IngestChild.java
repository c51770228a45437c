package org.readout.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The process {@link StoreKillTest} kills: ingests every file of a folder into a store in batches
 * of {@value #BATCH}, printing "stored N" after each batch's commit.
 */
public final class IngestChild {
    static final int BATCH = 4;

    private IngestChild() {
    }

    public static void main(String[] args) {
        try (Store store = Store.open(Path.of(args[0]))) {
            List<DocumentInput> batch = new ArrayList<>();
            int n = 0;
            for (Path file : Fixtures.files(Path.of(args[1]))) {
                batch.add(new DocumentInput(Fixtures.read(file), file.toString()));
                if (batch.size() == BATCH) {
                    n += store.ingest(batch).size();
                    batch.clear();
                    System.out.println("stored " + n);
                    System.out.flush();
                }
            }
            store.ingest(batch);
        }
    }
}
