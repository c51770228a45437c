package org.readout.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.readout.analysis.Meeting;
import org.readout.analysis.StatementRef;
import org.readout.analysis.commitment.CommitmentGrouper;
import org.readout.extract.Readout;
import org.readout.model.ReadoutRecord;
import org.readout.model.SourceDocument;
import org.readout.model.StatementKind;
import org.readout.store.Actor;
import org.readout.store.DocumentInput;
import org.readout.store.MeetingFilter;
import org.readout.store.Page;
import org.readout.store.SearchFilter;
import org.readout.store.StatementFilter;
import org.readout.store.Store;
import org.readout.store.StoreCounts;
import org.readout.store.TopicCount;

/**
 * Ingests a synthetic corpus into a fresh store in stages (say 10,000 then 100,000 documents) and,
 * after each stage, times every analysis query many times with parameters drawn from what the
 * store holds. A benchmark, not a test: it measures and asserts nothing.
 */
public final class StoreBenchmark {
    private static final int WARMUP_QUERIES = 20;
    private static final int EXTRACT_CHUNK = 512;
    /** Documents per store transaction, as {@code readout ingest} writes them. */
    private static final int STORE_BATCH = 32;
    private static final List<String> SEARCHES = List.of("agricultural products", "railway", "climate change",
            "vaccines", "multilateralism", "\"internal affairs\"", "scholarships", "maritime", "clean energy",
            "digital economy");
    private static final List<String> TOPICS = List.of("trade", "agriculture_food", "maritime_disputes",
            "public_health", "political_relations", "people_to_people", "energy_resources");

    /** How long one query took, over {@code samples} runs. */
    public record Latency(String query, int samples, double p50Ms, double p95Ms, double maxMs) {
    }

    /** The store after a stage: its size and the time each query takes. */
    public record Stage(int documents, double ingestSeconds, double docsPerSecond, long storeBytes, StoreCounts counts,
                        List<Latency> latencies) {
    }

    private final SyntheticCorpus corpus;
    private final Supplier<Readout> readout;
    private final int threads;
    private final int samples;
    private final long seed;

    public StoreBenchmark(SyntheticCorpus corpus, Supplier<Readout> readout, int threads, int samples, long seed) {
        this.corpus = corpus;
        this.readout = readout;
        this.threads = threads;
        this.samples = samples;
        this.seed = seed;
    }

    /** Runs the stages into a new store in {@code dir}; {@code sizes} are cumulative document counts, ascending. */
    public List<Stage> run(Path dir, List<Integer> sizes, Consumer<String> progress) {
        int total = sizes.get(sizes.size() - 1);
        Iterator<SyntheticDocument> docs = corpus.documents(total, seed).iterator();
        List<Stage> stages = new ArrayList<>();
        Readout extractor = readout.get();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (Store store = Store.open(dir)) {
            int done = 0;
            double ingestSeconds = 0;
            for (int size : sizes) {
                long start = System.nanoTime();
                while (done < size) {
                    int n = Math.min(EXTRACT_CHUNK, size - done);
                    List<SyntheticDocument> chunk = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        chunk.add(docs.next());
                    }
                    ingest(store, extractor, pool, chunk);
                    done += n;
                    progress.accept("ingested " + done + " / " + total);
                }
                ingestSeconds += (System.nanoTime() - start) / 1e9;
                stages.add(new Stage(size, ingestSeconds, size / ingestSeconds, bytes(dir), store.counts(),
                        queries(store, new Random(seed + size), progress)));
            }
        } finally {
            pool.shutdownNow();
        }
        return stages;
    }

    // Extraction runs on the pool; the store takes the records in batches of one transaction, as ingest does.
    private static void ingest(Store store, Readout extractor, ExecutorService pool, List<SyntheticDocument> chunk) {
        List<Future<ReadoutRecord>> records = new ArrayList<>();
        for (SyntheticDocument d : chunk) {
            records.add(pool.submit(() -> extractor.extract(d.name(), d.text())));
        }
        List<DocumentInput> batch = new ArrayList<>(STORE_BATCH);
        for (int i = 0; i < chunk.size(); i++) {
            SyntheticDocument d = chunk.get(i);
            try {
                batch.add(new DocumentInput(SourceDocument.of(d.name(), d.text()), d.name(), records.get(i).get()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("extraction failed on " + d.name(), e.getCause());
            }
            if (batch.size() == STORE_BATCH || i == chunk.size() - 1) {
                store.ingest(batch);
                batch.clear();
            }
        }
    }

    private List<Latency> queries(Store store, Random random, Consumer<String> progress) {
        List<Meeting> meetings = store.meetings(MeetingFilter.ANY, new Page(1000, 0));
        List<Actor> actors = store.actors(null, new Page(500, 0));
        List<Latency> out = new ArrayList<>();
        out.add(time("meetings --between A B", () -> {
            Meeting m = pick(meetings, random);
            return store.meetings(MeetingFilter.between(m.countries().get(0), m.countries().get(1)), Page.first(100));
        }));
        out.add(time("meeting ID", () -> store.meeting(pick(meetings, random).id())));
        out.add(time("meetings --actor NAME", () -> store.meetings(MeetingFilter.ANY.withActor(pick(actors, random).name()),
                Page.first(100))));
        out.add(time("statements --country C --topic T", () -> store.statements(StatementFilter.ANY
                .withCountry(pick(meetings, random).countries().get(0)).withTopic(pick(TOPICS, random)), Page.first(50))));
        out.add(time("statements --speaker NAME", () -> store.statements(
                StatementFilter.ANY.withSpeaker(pick(actors, random).name()), Page.first(50))));
        out.add(time("topics --between A B --by year", () -> {
            Meeting m = pick(meetings, random);
            return store.topicCounts(m.countries().get(0), m.countries().get(1), TopicCount.Period.YEAR);
        }));
        out.add(time("search QUERY", () -> store.search(pick(SEARCHES, random), SearchFilter.ANY, 20)));
        out.add(time("search QUERY --country C", () -> store.search(pick(SEARCHES, random),
                SearchFilter.ANY.withCountry(pick(meetings, random).countries().get(0)), 20)));
        CommitmentGrouper grouper = new CommitmentGrouper();
        out.add(time("commitments --country C", () -> {
            List<StatementRef> said = store.statements(StatementFilter.ANY.withKind(StatementKind.COMMITMENT)
                    .withCountry(pick(meetings, random).countries().get(0)), new Page(Page.MAX_LIMIT, 0));
            return grouper.group(said);
        }));
        out.forEach(l -> progress.accept(l.toString()));
        return out;
    }

    private Latency time(String name, Supplier<Object> query) {
        for (int i = 0; i < WARMUP_QUERIES; i++) {
            query.get();
        }
        double[] ms = new double[samples];
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            query.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Percentiles p = new Percentiles(ms);
        return new Latency(name, samples, p.at(50), p.at(95), p.max());
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    private static long bytes(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stages as a Markdown table, one row per query and a column per stage. */
    public static String table(List<Stage> stages) {
        StringBuilder b = new StringBuilder("| | ");
        stages.forEach(s -> b.append(String.format(Locale.ROOT, "%,d docs | ", s.documents())));
        b.append("\n|---|").append("---|".repeat(stages.size())).append('\n');
        row(b, "ingest docs/s (cumulative)", stages, s -> String.format(Locale.ROOT, "%.0f", s.docsPerSecond()));
        row(b, "store size", stages, s -> String.format(Locale.ROOT, "%.0f MB", s.storeBytes() / 1e6));
        row(b, "meetings / statements", stages, s -> s.counts().meetings() + " / " + s.counts().statements());
        for (int q = 0; q < stages.get(0).latencies().size(); q++) {
            int i = q;
            row(b, stages.get(0).latencies().get(q).query() + " p50 / p95 ms", stages, s -> String.format(Locale.ROOT,
                    "%.1f / %.1f", s.latencies().get(i).p50Ms(), s.latencies().get(i).p95Ms()));
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String name, List<Stage> stages, java.util.function.Function<Stage, String> cell) {
        b.append("| ").append(name).append(" | ");
        stages.forEach(s -> b.append(cell.apply(s)).append(" | "));
        b.append('\n');
    }
}
