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

class StateCacheTest {
    private static final List<String> ALL = List.of();

    private final StateCache<List<String>, List<CommitmentGroup>> cache = new StateCache<>(16);
    private final AtomicInteger groupings = new AtomicInteger();

    @Test
    void aStoreStateIsGroupedOnceAndANewStateAgain() {
        List<CommitmentGroup> first = cache.get(5, ALL, this::group);
        assertThat(cache.get(5, ALL, this::group)).isSameAs(first);
        assertThat(groupings).hasValue(1);
        cache.get(6, List.of(), this::group);
        cache.get(6, List.of("CHN", "VNM"), this::group);
        assertThat(groupings).hasValue(3);
    }

    @Test
    void requestsAtTheSameTimeWaitForOneGrouping() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<CommitmentGroup>>> answers = List.of(1, 2, 3, 4).stream()
                    .map(i -> pool.submit(() -> cache.get(5, ALL, () -> {
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
        assertThatThrownBy(() -> cache.get(5, ALL, () -> {
            throw new IllegalStateException("store closed");
        })).hasMessage("store closed");
        cache.get(5, ALL, this::group);
        assertThat(groupings).hasValue(1);
    }

    @Test
    void aNewerVersionDropsTheOlderAnswersAndTheCacheKeepsNoMoreThanItsLimit() {
        StateCache<String, String> small = new StateCache<>(2);
        small.get(1, "a", () -> "a1");
        assertThat(small.get(2, "b", () -> "b2")).isEqualTo("b2");
        assertThat(small.get(1, "a", () -> "a1 again")).isEqualTo("a1 again");

        AtomicInteger work = new AtomicInteger();
        for (String key : List.of("c", "d", "e", "c", "d", "e")) {
            small.get(2, key, () -> key + work.incrementAndGet());
        }
        assertThat(work.get()).isGreaterThan(3); // which answer went is the cache's choice; that one did is the limit
    }

    @Test
    void anAnswerTheCacheShouldNotHoldIsWorkedOutEachTime() {
        StateCache<String, String> cache = new StateCache<>(8, s -> s.length() < 5);
        AtomicInteger work = new AtomicInteger();
        cache.get(1, "big", () -> "big answer " + work.incrementAndGet());
        assertThat(cache.get(1, "big", () -> "big answer " + work.incrementAndGet())).isEqualTo("big answer 2");
        cache.get(1, "small", () -> "s" + work.incrementAndGet());
        assertThat(cache.get(1, "small", () -> "s" + work.incrementAndGet())).isEqualTo("s3");
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
