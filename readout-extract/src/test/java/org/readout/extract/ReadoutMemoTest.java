package org.readout.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReadoutMemoTest {
    private static final ReadoutConfig A = new ReadoutConfig("/a");
    private static final ReadoutConfig B = new ReadoutConfig("/b");
    private static final ReadoutConfig C = new ReadoutConfig("/c");

    /** One real instance stands for every config: the memo never looks inside. */
    private static Readout readout;

    @BeforeAll
    static void create() {
        readout = Readout.create();
    }

    private final AtomicInteger loads = new AtomicInteger();
    private final Function<ReadoutConfig, Readout> load = config -> {
        loads.incrementAndGet();
        return readout;
    };

    @Test
    void loadsEachConfigOnce() {
        ReadoutMemo memo = new ReadoutMemo(2);

        memo.get(A, load);
        memo.get(A, load);
        memo.get(new ReadoutConfig("/a"), load);

        assertThat(loads).hasValue(1);
    }

    @Test
    void keepsNoMoreConfigsThanItsCapacity() {
        ReadoutMemo memo = new ReadoutMemo(2);
        memo.get(A, load);
        memo.get(B, load);
        memo.get(C, load);
        assertThat(loads).hasValue(3);

        // which one went is the cache's choice; that one did is the bound
        memo.get(A, load);
        memo.get(B, load);
        memo.get(C, load);
        assertThat(loads.get()).isGreaterThan(3);
    }

    @Test
    void tasksArrivingTogetherShareOneLoad() throws Exception {
        ReadoutMemo memo = new ReadoutMemo(2);
        int tasks = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(tasks);
        try {
            List<Future<Readout>> results = new ArrayList<>();
            for (int i = 0; i < tasks; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return memo.get(A, load);
                }));
            }
            start.countDown();
            for (Future<Readout> r : results) {
                assertThat(r.get()).isSameAs(readout);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(loads).hasValue(1);
    }
}
