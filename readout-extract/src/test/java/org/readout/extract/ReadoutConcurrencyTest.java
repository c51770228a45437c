package org.readout.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.readout.model.ReadoutRecord;

/** One Readout shared by threads gives each text the record it gives on one thread. */
class ReadoutConcurrencyTest {
    private static final List<String> TEXTS = List.of(
            "HANOI, May 8 -- Vietnamese Foreign Minister Bui Thanh Son held talks with Indonesian Foreign Minister "
                    + "Retno Marsudi in Hanoi on Tuesday.\n\nSon said Vietnam is ready to expand trade with Indonesia.\n",
            "BEIJING, April 5 (Xinhua) -- Chinese Foreign Minister Wang Yi met with Lao Foreign Minister Saleumxay "
                    + "Kommasith in Beijing on Thursday.\n\nWang said China is willing to deepen railway cooperation.\n",
            // Not English: the first of these loads the language model, from whichever thread gets there first.
            "Die beiden Außenminister trafen sich am Montag in Berlin und sprachen über Handel und Energie.\n",
            "Les deux ministres se sont rencontrés lundi à Paris et ont parlé du commerce et de l'énergie.\n");

    @Test
    void threadsSharingOneReadoutGetTheRecordsOfOneThread() throws Exception {
        Readout shared = Readout.create();
        int threads = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<ReadoutRecord>>> results = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    start.await();
                    List<ReadoutRecord> records = new ArrayList<>();
                    for (int i = 0; i < TEXTS.size() * 5; i++) {
                        int k = (i + offset) % TEXTS.size();
                        records.add(shared.extract("doc" + k, TEXTS.get(k)));
                    }
                    return records;
                }));
            }
            start.countDown();
            Readout alone = Readout.create();
            for (int t = 0; t < threads; t++) {
                List<ReadoutRecord> records = results.get(t).get();
                for (int i = 0; i < records.size(); i++) {
                    int k = (i + t) % TEXTS.size();
                    assertThat(records.get(i)).isEqualTo(alone.extract("doc" + k, TEXTS.get(k)));
                }
            }
        } finally {
            pool.shutdown();
        }
    }
}
