package org.readout.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.readout.analysis.commitment.CommitmentGroup;

class CommitmentCacheTest {
    private static final CommitmentCache.Key ALL = new CommitmentCache.Key(5, List.of());

    private final CommitmentCache cache = new CommitmentCache();
    private final AtomicInteger groupings = new AtomicInteger();

    @Test
    void aStoreStateIsGroupedOnceAndANewStateAgain() {
        List<CommitmentGroup> first = cache.get(ALL, this::group);
        assertThat(cache.get(ALL, this::group)).isSameAs(first);
        assertThat(groupings).hasValue(1);
        cache.get(new CommitmentCache.Key(6, List.of()), this::group);
        cache.get(new CommitmentCache.Key(5, List.of("CHN", "VNM")), this::group);
        assertThat(groupings).hasValue(3);
    }

    @Test
    void requestsAtTheSameTimeWaitForOneGrouping() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<CommitmentGroup>>> answers = List.of(1, 2, 3, 4).stream()
                    .map(i -> pool.submit(() -> cache.get(ALL, () -> {
                        await(release);
                        return group();
                    }))).toList();
            Thread.sleep(100);
            release.countDown();
            for (Future<List<CommitmentGroup>> a : answers) {
                assertThat(a.get(10, TimeUnit.SECONDS)).isEmpty();
            }
            assertThat(groupings).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailureIsNotKept() {
        assertThatThrownBy(() -> cache.get(ALL, () -> {
            throw new IllegalStateException("store closed");
        })).hasMessage("store closed");
        cache.get(ALL, this::group);
        assertThat(groupings).hasValue(1);
    }

    private List<CommitmentGroup> group() {
        groupings.incrementAndGet();
        return List.of();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
