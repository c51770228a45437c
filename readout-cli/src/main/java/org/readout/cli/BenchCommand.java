package org.readout.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.readout.extract.Readout;
import org.readout.input.DecodeResult;
import org.readout.model.SourceDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code readout bench}: single-thread throughput after warm-up, or (with {@code --first-record})
 * the time from a fresh JVM's start to its first record. A benchmark, not a test: it asserts nothing.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure single-thread documents/s after warm-up, or the time from JVM start to the first record.")
final class BenchCommand implements Callable<Integer> {
    enum Format { text, json }

    @Mixin
    ReadoutOptions options;

    @Option(names = "--warmup-seconds", defaultValue = "20", description = "Warm-up before measuring (the JIT takes most of 20 s). Default: ${DEFAULT-VALUE}.")
    double warmupSeconds;

    @Option(names = "--seconds", defaultValue = "10", description = "Measured time (whole passes over the documents). Default: ${DEFAULT-VALUE}.")
    double seconds;

    @Option(names = "--first-record", description = "Instead, start 'java -jar <this jar> extract' on the first document, with this JVM's options, and time its first record.")
    boolean firstRecord;

    @Option(names = "--runs", defaultValue = "5", description = "Child processes started by --first-record. Default: ${DEFAULT-VALUE}.")
    int runs;

    @Option(names = "--format", defaultValue = "text", description = "text (a table) or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Spec
    CommandSpec spec;

    record Doc(String path, SourceDocument document, int words) {
    }

    /** A result: its fields are the JSON form; {@link #table} is the form for a person. */
    sealed interface Report permits Throughput, FirstRecord {
        void table(PrintWriter out);
    }

    record Throughput(int documents, long words, long loadMs, double warmupSeconds, double seconds,
                      double docsPerSecond, double tokensPerSecond, long heapMb) implements Report {
        @Override
        public void table(PrintWriter out) {
            row(out, "documents", "%d (%,d words)".formatted(documents, words));
            row(out, "load", loadMs + " ms");
            row(out, "warm-up", "%.0f s".formatted(warmupSeconds));
            row(out, "measured", "%.1f s".formatted(seconds));
            row(out, "docs/s", "%,.1f".formatted(docsPerSecond));
            row(out, "tokens/s", "%,.0f".formatted(tokensPerSecond));
            row(out, "heap after GC", heapMb + " MB");
        }
    }

    record FirstRecord(String document, int runs, long minMs, long medianMs, long[] samplesMs) implements Report {
        @Override
        public void table(PrintWriter out) {
            row(out, "document", document);
            row(out, "runs", String.valueOf(runs));
            row(out, "first record min", minMs + " ms");
            row(out, "first record median", medianMs + " ms");
            row(out, "all runs", Arrays.toString(samplesMs) + " ms");
        }
    }

    @Override
    public Integer call() throws IOException, InterruptedException, URISyntaxException {
        if (runs < 1) {
            throw new ParameterException(spec.commandLine(), "--runs must be at least 1");
        }
        List<Doc> docs = readDocs();
        if (docs.isEmpty()) {
            spec.commandLine().getErr().println("readout: bench: no readable document");
            return ExitCodes.SOME_INPUT_FAILED;
        }
        print(firstRecord ? firstRecord(docs.get(0).path()) : throughput(docs));
        return ExitCodes.OK;
    }

    /** Every document decoded and in memory before timing starts, so that neither disk nor decoding is measured. */
    private List<Doc> readDocs() {
        List<Doc> docs = new ArrayList<>();
        DocumentReader reader = options.reader();
        for (InputFiles.Input input : options.inputs().files()) {
            reader.read(input.path(), document -> {
                DecodeResult decoded = document.result();
                if (decoded.accepted()) {
                    docs.add(new Doc(document.name(), decoded.document(), words(decoded.document().text())));
                } else {
                    decoded.problems().forEach(p -> spec.commandLine().getErr().println("readout: bench: skipping " + document.name() + ": " + p.message()));
                }
            });
        }
        return docs;
    }

    private static int words(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    private Throughput throughput(List<Doc> docs) {
        long start = System.nanoTime();
        Readout readout = options.readout();
        long loadMs = (System.nanoTime() - start) / 1_000_000;
        passes(readout, docs, warmupSeconds);
        long t0 = System.nanoTime();
        int passes = passes(readout, docs, seconds);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        long words = docs.stream().mapToLong(Doc::words).sum();
        long heapMb = heapAfterGcMb();
        Reference.reachabilityFence(readout); // its knowledge is part of the heap measured
        return new Throughput(docs.size(), words, loadMs, warmupSeconds, elapsed,
                passes * docs.size() / elapsed, passes * words / elapsed, heapMb);
    }

    /** Whole passes over the documents until {@code seconds} have gone by (at least one), so each counts equally. */
    private static int passes(Readout readout, List<Doc> docs, double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int passes = 0;
        do {
            docs.forEach(d -> readout.extract(d.document()));
            passes++;
        } while (System.nanoTime() < end);
        return passes;
    }

    private static long heapAfterGcMb() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }

    private FirstRecord firstRecord(String document) throws IOException, InterruptedException, URISyntaxException {
        Path jar = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!jar.toString().endsWith(".jar")) {
            throw new IllegalStateException("--first-record needs the packaged jar; running from " + jar);
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions());
        command.addAll(List.of("-jar", jar.toString(), "extract", "--format", "jsonl"));
        command.addAll(options.asArguments());
        command.add(document);
        ProcessBuilder child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        long[] samples = new long[runs];
        for (int i = 0; i < runs; i++) {
            samples[i] = untilFirstLineMs(child);
        }
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        return new FirstRecord(document, runs, sorted[0], sorted[runs / 2], samples);
    }

    /**
     * This JVM's options, so that {@code bin/readout bench --first-record} times what {@code bin/readout}
     * runs; less a class-sharing archive being written, which is this run's own.
     */
    private static List<String> jvmOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(o -> !o.startsWith("-XX:ArchiveClassesAtExit")).toList();
    }

    private static long untilFirstLineMs(ProcessBuilder child) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = child.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            if (out.readLine() == null) {
                throw new IllegalStateException("the child wrote no record (exit " + process.waitFor() + ")");
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            out.transferTo(Writer.nullWriter());
            process.waitFor();
            return ms;
        }
    }

    private void print(Report report) throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report));
        } else {
            report.table(out);
        }
        out.flush();
    }

    private static void row(PrintWriter out, String name, String value) {
        out.printf("%-20s %s%n", name, value);
    }
}
