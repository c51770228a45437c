package org.readout.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.readout.input.InputReader;

/**
 * Writes web archives of a given size from synthetic readouts (each page a request and an HTML
 * response, as a crawler writes them) and reads each back through {@link InputReader}, end to
 * end: documents/s, and the peak heap and resident memory of the read, which should not grow
 * with the archive. A benchmark, not a test: it measures and asserts nothing.
 */
public final class WarcReadBenchmark {
    /** One archive read: its size, what came out, how fast, and the memory at its peak. */
    public record Result(long fileBytes, long records, long documents, long rejected, double seconds,
                         double docsPerSecond, double mbPerSecond, long peakHeapMb, long peakRssMb, long maxHeapMb) {
    }

    private final List<SyntheticDocument> pages;
    private final InputReader reader;

    /** @param pages what the archive's pages say, repeated under new URLs until it is big enough */
    public WarcReadBenchmark(List<SyntheticDocument> pages, InputReader reader) {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("no pages");
        }
        this.pages = List.copyOf(pages);
        this.reader = reader;
    }

    /** Writes {@code dir/size.warc[.gz]} of at least {@code bytes} bytes (after compression, if any). */
    public Path generate(Path dir, long bytes, boolean gzip) {
        Path file = dir.resolve(String.format(Locale.ROOT, "%d.warc%s", bytes, gzip ? ".gz" : ""));
        try (WarcWriter warc = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            Instant start = LocalDate.of(2024, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
            for (long i = 0; warc.position() < bytes; i++) {
                URI url = URI.create("https://ministry.example/news/" + i);
                Instant captured = start.plusSeconds(i * 60);
                warc.write(new WarcRequest.Builder(url).date(captured)
                        .body(MediaType.HTTP_REQUEST, ("GET /news/" + i + " HTTP/1.1\r\nHost: ministry.example\r\n\r\n").getBytes(StandardCharsets.US_ASCII))
                        .build());
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.HTML_UTF8, page(pages.get((int) (i % pages.size())), i).getBytes(StandardCharsets.UTF_8))
                        .build();
                warc.write(new WarcResponse.Builder(url).date(captured).body(http).build());
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the archive through {@link InputReader}, as {@code readout extract} would, keeping nothing. */
    public Result read(Path file) {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        boolean rssReset = resetPeakRss();
        AtomicLong records = new AtomicLong();
        AtomicLong documents = new AtomicLong();
        long started = System.nanoTime();
        reader.read(file, d -> {
            records.incrementAndGet();
            if (d.result().accepted()) {
                documents.incrementAndGet();
            }
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        long peakHeap = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long size = size(file);
        return new Result(size, records.get(), documents.get(), records.get() - documents.get(), seconds,
                documents.get() / seconds, size / 1e6 / seconds, peakHeap >> 20, rssReset ? peakRssKb() >> 10 : -1,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    public static String table(List<Result> results) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%10s  %10s  %10s  %8s  %9s  %7s  %14s  %12s%n",
                "file MB", "documents", "rejected", "seconds", "docs/s", "MB/s", "peak heap MB", "peak RSS MB"));
        for (Result r : results) {
            out.append(String.format(Locale.ROOT, "%,10.0f  %,10d  %,10d  %8.1f  %,9.0f  %7.1f  %,14d  %,12d%n",
                    r.fileBytes() / 1e6, r.documents(), r.rejected(), r.seconds(), r.docsPerSecond(), r.mbPerSecond(),
                    r.peakHeapMb(), r.peakRssMb()));
        }
        out.append(String.format(Locale.ROOT, "max heap %,d MB; peak heap is the sum of the heap pools' peaks during the read%n",
                results.isEmpty() ? 0 : results.get(0).maxHeapMb()));
        return out.toString();
    }

    /** A news page as ministries publish them: a header and navigation around the article. */
    private static String page(SyntheticDocument d, long i) {
        StringBuilder paragraphs = new StringBuilder();
        for (String p : d.text().split("\n+")) {
            paragraphs.append("<p>").append(escape(p)).append("</p>\n");
        }
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>News " + i + " | Ministry</title>"
                + "<meta property=\"og:site_name\" content=\"Ministry\"></head><body>"
                + "<header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav></header>"
                + "<main><article>" + paragraphs + "</article></main><footer>Copyright Ministry</footer></body></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Linux resets a process's peak resident size when "5" is written to its clear_refs. */
    private static boolean resetPeakRss() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    private static long peakRssKb() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("VmHWM:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")))
                    .findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }
}
