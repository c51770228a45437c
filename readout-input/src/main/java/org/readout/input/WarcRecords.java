package org.readout.input;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * A web archive (WARC, or WARC.gz once un-gzipped) read with jwarc, record by record: every
 * response with a 2xx status and every resource whose content is HTML or text is a document,
 * named by its record number; requests, metadata, redirects and images are skipped silently.
 * A record that cannot be parsed is reported; the reader cannot find the next record's start
 * after a wrong length, so the rest of the file is reported with it.
 */
final class WarcRecords {
    private static final Set<String> TEXT_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain");

    private final Reading reading;

    WarcRecords(Reading reading) {
        this.reading = reading;
    }

    void read(Place place, InputStream in) throws IOException {
        WarcReader warc = new WarcReader(in);
        warc.onWarning(warning -> {
            // jwarc's warnings are about headers it could read anyway; a record it cannot read throws
        });
        long position = 0;
        while (true) {
            Optional<WarcRecord> next;
            try {
                next = warc.next();
            } catch (IOException | RuntimeException e) {
                reading.reject(place.item(position + 1), Reading.problem("WARC record " + (position + 1) + " broken, rest of file not read: ", e));
                return;
            }
            if (next.isEmpty()) {
                return;
            }
            position++;
            WarcRecord record = next.get();
            Place at = place.item(position);
            reading.guard(at, "", () -> document(at, record));
        }
    }

    private void document(Place at, WarcRecord record) throws IOException {
        MessageBody body;
        MediaType type;
        if (record instanceof WarcResponse response && isHttp(response)) {
            int status = response.http().status();
            if (status < 200 || status > 299) {
                return;
            }
            type = response.http().contentType();
            body = response.http().bodyDecoded();
        } else if (record instanceof WarcResource resource) {
            type = resource.contentType();
            body = resource.body();
        } else {
            return;
        }
        if (!TEXT_TYPES.contains(type.base().toString().toLowerCase(Locale.ROOT))) {
            return;
        }
        Optional<byte[]> bytes = reading.boundedBytes(at, body.stream());
        if (bytes.isEmpty()) {
            return;
        }
        WarcTargetRecord target = (WarcTargetRecord) record;
        DecodeResult decoded = reading.decoder().decode(at.id(), bytes.get());
        LocalDate captured = LocalDate.ofInstant(record.date(), ZoneOffset.UTC);
        // WARC-Date is when the page was captured, not published: a page's own date wins, the capture
        // date (which publication cannot be after) stands in only where the page gives none
        LocalDate published = decoded.accepted() && decoded.document().published() != null ? decoded.document().published() : captured;
        reading.emit(at, new DocumentHints(null, target.target(), published, null).applyTo(decoded));
    }

    private static boolean isHttp(WarcResponse response) {
        return response.contentType().base().toString().toLowerCase(Locale.ROOT).equals("application/http");
    }
}
