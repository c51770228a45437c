package org.readout.bench;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.readout.extract.Readout;

/**
 * Readout's single-thread throughput next to Stanford CoreNLP's {@code tokenize,ssplit,pos,lemma,ner}
 * pipeline, in one JVM over the same documents. Usage: {@code CoreNlpComparison FOLDER}.
 */
public final class CoreNlpComparison {
    /**
     * Both engines warm up as long (whole passes, at least this): Readout's rate still rose by a sixth between 5 and
     * 20 s of warm-up (2026-12-05), so a shorter one measured the JIT rather than the pipeline.
     */
    private static final double WARMUP_SECONDS = 20;
    private static final double READOUT_SECONDS = 10;
    /** CoreNLP takes about 9 s a pass over the dev corpus: about four passes measured. */
    private static final double CORENLP_SECONDS = 30;

    private CoreNlpComparison() {
    }

    record Result(String engine, long loadMs, int passes, double seconds, double docsPerSecond, double wordsPerSecond) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java -Xmx6g -jar readout-bench.jar FOLDER");
            System.exit(2);
        }
        Corpus corpus = Corpus.read(Path.of(args[0]));
        if (corpus.docs().isEmpty()) {
            System.err.println("no .txt file under " + args[0]);
            System.exit(1);
        }
        // Readout first, so that its load time is that of a fresh JVM, as in the CLI.
        Result readout = measure("Readout", CoreNlpComparison::readout, corpus, WARMUP_SECONDS, READOUT_SECONDS);
        Result coreNlp = measure("CoreNLP", CoreNlpComparison::coreNlp, corpus, WARMUP_SECONDS, CORENLP_SECONDS);
        print(corpus, readout, coreNlp);
    }

    private static Consumer<Corpus.Doc> readout() {
        Readout readout = Readout.create();
        return doc -> readout.extract(doc.id(), doc.text());
    }

    private static Consumer<Corpus.Doc> coreNlp() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("threads", "1");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        return doc -> pipeline.process(doc.text());
    }

    private static Result measure(String name, Supplier<Consumer<Corpus.Doc>> loader, Corpus corpus,
                                  double warmupSeconds, double seconds) {
        long start = System.nanoTime();
        Consumer<Corpus.Doc> engine = loader.get();
        long loadMs = (System.nanoTime() - start) / 1_000_000;
        corpus.passes(engine, warmupSeconds);
        long t0 = System.nanoTime();
        int passes = corpus.passes(engine, seconds);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        return new Result(name, loadMs, passes, elapsed,
                passes * corpus.docs().size() / elapsed, passes * corpus.words() / elapsed);
    }

    private static void print(Corpus corpus, Result... results) {
        System.out.printf("%s, Java %s, %d cores, max heap %d MB%n", LocalDate.now(), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("corpus: %s, %d documents, %,d words; single thread, after warm-up%n%n",
                corpus.folder(), corpus.docs().size(), corpus.words());
        System.out.printf("%-8s %10s %7s %11s %10s %10s%n", "engine", "load ms", "passes", "measured s", "docs/s", "words/s");
        for (Result r : results) {
            System.out.printf("%-8s %,10d %7d %11.1f %,10.2f %,10.0f%n",
                    r.engine(), r.loadMs(), r.passes(), r.seconds(), r.docsPerSecond(), r.wordsPerSecond());
        }
        System.out.printf("%nratio Readout/CoreNLP: %,.0fx%n", results[0].docsPerSecond() / results[1].docsPerSecond());
    }
}
