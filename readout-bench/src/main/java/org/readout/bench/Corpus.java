package org.readout.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** The benchmark's documents, read into memory once so that the disk is never timed. */
record Corpus(Path folder, List<Doc> docs) {
    record Doc(String id, String text, int words) {
    }

    /** Every {@code .txt} file under the folder, in name order, read as UTF-8. */
    static Corpus read(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Doc> docs = files.filter(p -> p.toString().endsWith(".txt")).sorted().map(Corpus::doc).toList();
            return new Corpus(folder, docs);
        }
    }

    private static Doc doc(Path file) {
        try {
            String text = Files.readString(file);
            return new Doc(file.getFileName().toString(), text, words(text));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    /** Tokens as whitespace-separated words: the same count for both engines, whatever their tokenizers do. */
    private static int words(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    long words() {
        return docs.stream().mapToLong(Doc::words).sum();
    }

    /** Whole passes until {@code seconds} have gone by (at least one), so that every document counts equally. */
    int passes(Consumer<Doc> engine, double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int passes = 0;
        do {
            docs.forEach(engine);
            passes++;
        } while (System.nanoTime() < end);
        return passes;
    }
}
