package org.readout.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.function.Consumer;
import org.readout.model.Problem;

/**
 * One call of {@link InputReader}: the limits, the options and the sink, and the dispatch of an
 * input (or an entry in one) to the reader of its format. Made per call, so it may hold a
 * library's objects; not thread-safe.
 */
final class Reading {
    private final InputDecoder decoder;
    private final InputOptions options;
    private final Consumer<InputDocument> sink;

    Reading(InputDecoder decoder, InputOptions options, Consumer<InputDocument> sink) {
        this.decoder = decoder;
        this.options = options;
        this.sink = sink;
    }

    /** The stream a reader is given: a library closing it when done must not close the archive it is an entry of. */
    private static final class KeptOpen extends BufferedInputStream {
        KeptOpen(InputStream in) {
            super(in, FormatSniffer.HEAD);
        }

        @Override
        public void close() {
            // the stream is closed by whoever opened it
        }
    }

    /** Something that reads and may fail in any way a library can; its failures are reported, not thrown. */
    interface Body {
        void run() throws IOException;
    }

    InputDecoder decoder() {
        return decoder;
    }

    InputOptions options() {
        return options;
    }

    InputLimits limits() {
        return decoder.limits();
    }

    /**
     * Reads what {@code in} holds at {@code place}, as its first bytes say. {@code knownSize} is
     * the file's size where known (else -1): a document over the limit is then refused unread.
     * {@code depth} counts the archives around it. Does not close {@code in}.
     */
    void read(Place place, InputStream in, long knownSize, int depth) {
        guard(place, "", () -> {
            BufferedInputStream buffered = new KeptOpen(in);
            buffered.mark(FormatSniffer.HEAD);
            byte[] head = buffered.readNBytes(FormatSniffer.HEAD);
            buffered.reset();
            InputFormat format = FormatSniffer.sniff(head, place.name(), options);
            if (!format.container() && limits().exceeds(knownSize)) {
                reject(place, limits().tooLarge(knownSize));
                return;
            }
            if (format.container() && depth >= options.maxDepth()) {
                reject(place, Problem.error("too_deep", "more than " + options.maxDepth() + " containers deep, not read"));
                return;
            }
            switch (format) {
                case DOCUMENT -> {
                    Optional<byte[]> bytes = boundedBytes(place, buffered);
                    if (bytes.isPresent()) {
                        emit(place, decoder.decode(place.id(), bytes.get()));
                    }
                }
                case PDF -> {
                    Optional<byte[]> bytes = boundedBytes(place, buffered);
                    if (bytes.isPresent()) {
                        emit(place, PdfReader.read(place.id(), bytes.get(), decoder));
                    }
                }
                case FEED -> new FeedReader(this).read(place, buffered);
                case WARC -> new WarcRecords(this).read(place, buffered);
                case JSON_LINES -> new JsonLinesReader(this).read(place, buffered);
                case CSV -> new CsvReader(this).read(place, buffered);
                case GZIP, ZIP, TAR -> new ArchiveReader(this).read(format, place, buffered, depth + 1);
            }
        });
    }

    /**
     * The bytes of one document, or empty once its rejection has been sent: never more than the
     * limit in memory, the rest of an over-large document counted, not kept, to say its size.
     */
    Optional<byte[]> boundedBytes(Place place, InputStream in) throws IOException {
        long max = limits().maxBytes();
        byte[] bytes = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
        if (bytes.length <= max) {
            return Optional.of(bytes);
        }
        reject(place, limits().tooLarge(bytes.length + in.transferTo(OutputStream.nullOutputStream())));
        return Optional.empty();
    }

    /** Hands a document to the sink; the sink's own exceptions go past every reader's handling to the caller. */
    void emit(Place place, DecodeResult result) {
        try {
            sink.accept(place.document(result));
        } catch (RuntimeException e) {
            throw new SinkFailure(e);
        }
    }

    void reject(Place place, Problem problem) {
        emit(place, DecodeResult.rejected(problem));
    }

    /**
     * Runs {@code body}; what a library throws (an I/O error, a parser's runtime exception, a
     * stack overflow on absurd nesting) is reported at {@code place}, prefixed by {@code context}.
     */
    void guard(Place place, String context, Body body) {
        try {
            body.run();
        } catch (SinkFailure e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            reject(place, problem(context, e));
        }
    }

    static Problem problem(String context, Throwable e) {
        if (e instanceof InflationGuard.BombException bomb) {
            return Problem.error("bomb", context + bomb.getMessage());
        }
        String what = e instanceof StackOverflowError ? "nested too deeply to read"
                : e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return Problem.error("unreadable", context + "cannot read: " + what.strip().replaceAll("\\s+", " "));
    }
}
