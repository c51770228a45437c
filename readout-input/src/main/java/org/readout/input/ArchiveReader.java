package org.readout.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.readout.model.Problem;

/**
 * Zip, tar and gzip (Commons Compress), streamed: each entry is read as an input of its own,
 * named {@code archive!/entry}; what a gzip holds is read in its place, named without ".gz".
 * Compressed streams are guarded against bombs; a broken archive is reported from where it
 * breaks, the entries before it kept.
 */
final class ArchiveReader {
    private final Reading reading;

    ArchiveReader(Reading reading) {
        this.reading = reading;
    }

    void read(InputFormat format, Place place, InputStream in, int depth) throws IOException {
        switch (format) {
            case GZIP -> gunzip(place, in, depth);
            case ZIP -> entries(place, new ZipArchiveInputStream(in, "UTF-8", true, true), depth);
            case TAR -> entries(place, new TarArchiveInputStream(in), depth);
            default -> throw new IllegalArgumentException(format + " is not an archive");
        }
    }

    private void gunzip(Place place, InputStream in, int depth) throws IOException {
        // concatenated members: a WARC.gz is one gzip member per record
        GzipCompressorInputStream gzip = GzipCompressorInputStream.builder().setInputStream(in).setDecompressConcatenated(true).get();
        reading.read(place.named(withoutGz(place.name())), guarded(gzip, gzip), -1, depth);
    }

    private <E extends ArchiveEntry> void entries(Place place, ArchiveInputStream<E> archive, int depth) {
        long position = 0;
        while (true) {
            E entry;
            try {
                entry = archive.getNextEntry();
            } catch (IOException | RuntimeException e) {
                reading.reject(place, Reading.problem("archive broken after " + position + " entries, rest not read: ", e));
                return;
            }
            if (entry == null) {
                return;
            }
            position++;
            if (entry.isDirectory()) {
                continue;
            }
            Place at = place.entry(entry.getName());
            if (!archive.canReadEntryData(entry)) {
                reading.reject(at, Problem.error("unreadable", "cannot read: an encrypted entry, or one compressed in a way not supported"));
                continue;
            }
            long size = entry.getSize() == ArchiveEntry.SIZE_UNKNOWN ? -1 : entry.getSize();
            reading.read(at, archive instanceof InputStreamStatistics stats ? guarded(archive, stats) : archive, size, depth);
        }
    }

    private InflationGuard guarded(InputStream in, InputStreamStatistics statistics) {
        return new InflationGuard(in, statistics, reading.options().maxExpansionRatio());
    }

    private static String withoutGz(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".tgz")) {
            return name.substring(0, name.length() - 4) + ".tar";
        }
        return lower.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }
}
