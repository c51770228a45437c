package org.readout.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.SerializableConfiguration;
import org.readout.analysis.Account;
import org.readout.extract.Readout;
import org.readout.input.InputDocument;
import org.readout.input.InputReader;
import org.readout.model.Event;
import org.readout.spark.HadoopFiles.InputFile;
import org.readout.model.Location;
import org.readout.model.ReadoutRecord;
import org.readout.model.SourceDocument;
import org.readout.store.FactRows;

/**
 * Extracts one partition's files: each file, opened through Hadoop with the driver's Hadoop configuration, is
 * read by the project's {@link InputReader} (so a container yields its documents, as on the command line), each
 * document it accepts goes through {@link Readout}, and its record becomes the export's rows and, for each
 * event, a {@link Report} for the meeting merge. What cannot be read, or makes extraction fail, becomes a
 * skipped row and does not fail the task. Rows are held until the partition ends, so a partition should hold
 * thousands of documents, not millions. Only the Readout's config travels with the task; an executor JVM
 * rebuilds the pipeline once and keeps it for every later task. A document's seq is its partition's number in
 * the high bits and its place in the partition in the low ones: unique, as the store's is.
 */
final class PartitionExtractor implements Function2<Integer, Iterator<InputFile>, Iterator<TableRows>> {
    private static final long serialVersionUID = 1L;
    private static final int SEQ_SHIFT = 33;
    /** Places in FactRows' rows: every table's document id, the documents' publication date and record. */
    private static final int ID = 0;
    private static final int PUBLISHED = 6;
    private static final int RECORD_JSON = 14;

    /** The skipped row's reason for a document the pre-filter finds no interaction in. */
    static final String NO_INTERACTION = "no-interaction";

    private final Readout readout;
    private final InputReader reader;
    private final boolean filtered;
    private final Set<Output> outputs;
    /** Whether the job merges meetings, which takes each event's report. */
    private final boolean merged;
    private final LocalDateTime ingestedAt;
    private final Broadcast<SerializableConfiguration> hadoop;

    /** @param outputs what the job writes: only their rows are made (and the reports if meetings are merged) */
    PartitionExtractor(Readout readout, InputReader reader, boolean filtered, Set<Output> outputs, LocalDateTime ingestedAt,
                       Broadcast<SerializableConfiguration> hadoop) {
        this.readout = readout;
        this.reader = reader;
        this.filtered = filtered;
        this.outputs = Set.copyOf(outputs);
        this.merged = outputs.stream().anyMatch(Output::needsMeetings);
        this.ingestedAt = ingestedAt;
        this.hadoop = hadoop;
    }

    @Override
    public Iterator<TableRows> call(Integer partition, Iterator<InputFile> files) {
        // people are keyed by the pipeline's officials, as a store with the same knowledge keys them
        Partition out = new Partition(FactRows.of(readout.knowledge()), (long) partition << SEQ_SHIFT);
        files.forEachRemaining(file -> read(file, out));
        return List.of(out.tableRows()).iterator();
    }

    private void read(InputFile file, Partition out) {
        Path path = new Path(file.address());
        try (InputStream in = open(path)) {
            reader.read(file.name(), path.getName(), in, document -> {
                if (document.result().accepted()) {
                    out.extract(document);
                } else {
                    var problem = document.result().problems().get(0);
                    out.skip(document.name(), problem.code(), problem.message());
                }
            });
        } catch (IOException | RuntimeException e) {
            out.skip(file.name(), "unreadable", String.valueOf(e.getMessage()));
        }
    }

    // Hadoop's local file system opens a file through a checksum reader and a set of I/O statistics: a tenth of
    // the extraction task's time on a folder of small files, where java.nio opens it directly
    private InputStream open(Path path) throws IOException {
        return "file".equals(path.toUri().getScheme()) ? Files.newInputStream(java.nio.file.Path.of(path.toUri()))
                : path.getFileSystem(hadoop.value().value()).open(path);
    }

    /** What one partition has made so far. */
    private final class Partition {
        private final FactRows rows;
        /** The records of the documents rows, in their order, kept only for the reports. */
        private final List<ReadoutRecord> records = new ArrayList<>();
        private final List<Row> skipped = new ArrayList<>();
        private long seq;

        Partition(FactRows rows, long firstSeq) {
            this.rows = rows;
            this.seq = firstSeq;
        }

        void extract(InputDocument document) {
            SourceDocument source = document.result().document();
            ReadoutRecord record;
            try {
                if (filtered && !readout.mayReport(source)) {
                    // most of the world's news reports no meeting: such a document costs a few words' look-up
                    skip(document.name(), NO_INTERACTION, "no interaction word with a party to it");
                    return;
                }
                record = readout.extract(source);
            } catch (RuntimeException e) {
                // one document's failure is reported with it, not raised: the task's other documents stand
                skip(document.name(), "extraction-failed", e.toString());
                return;
            }
            rows.add(source, document.name(), seq++, record, ingestedAt);
            if (merged) {
                records.add(record);
            }
        }

        void skip(String name, String reason, String message) {
            skipped.add(RowFactory.create(name, reason, message));
        }

        /** The rows of each table the job writes, with their document's year (of publication) last. */
        TableRows tableRows() {
            List<Object[]> documents = rows.documents();
            Map<Object, Integer> years = new HashMap<>();
            documents.forEach(d -> years.put(d[ID], year((LocalDate) d[PUBLISHED])));
            return new TableRows(rowsOf(Output.DOCUMENTS, documents, d -> row(withoutRecord(d), years.get(d[ID]))),
                    rowsOf(Output.RECORDS, documents, d -> row(new Object[] {d[ID], d[RECORD_JSON]}, years.get(d[ID]))),
                    rowsOf(Output.EVENTS, rows.events(), e -> row(e, years.get(e[ID]))),
                    rowsOf(Output.PARTICIPANTS, rows.participants(), p -> row(p, years.get(p[ID]))),
                    rowsOf(Output.STATEMENTS, rows.statements(), t -> row(t, years.get(t[ID]))),
                    merged ? reports(documents) : List.of(), skipped);
        }

        private List<Row> rowsOf(Output output, List<Object[]> values, Function<Object[], Row> row) {
            return outputs.contains(output) ? values.stream().map(row).toList() : List.of();
        }

        /** The reports of the events, with their document's record only if the meetings' events are coded. */
        private List<Report> reports(List<Object[]> documents) {
            boolean coded = outputs.stream().anyMatch(Output::coded);
            List<Report> reports = new ArrayList<>();
            for (int k = 0; k < documents.size(); k++) {
                Object[] d = documents.get(k);
                ReadoutRecord r = records.get(k);
                for (int i = 0; i < r.events().size(); i++) {
                    Event event = r.events().get(i);
                    reports.add(new Report(new Account((String) d[ID], r.doc(), i, r.outlet(), r.perspective(),
                            r.published(), asStored(event)), FactRows.countries(event), coded ? (String) d[RECORD_JSON] : null));
                }
            }
            return reports;
        }
    }

    /** A documents row without its record, which goes to the records table. */
    private static Object[] withoutRecord(Object[] document) {
        Object[] row = new Object[document.length - 1];
        System.arraycopy(document, 0, row, 0, RECORD_JSON);
        System.arraycopy(document, RECORD_JSON + 1, row, RECORD_JSON, document.length - RECORD_JSON - 1);
        return row;
    }

    /** The event as the store reads it back from its row: a place with no part known is no place. */
    private static Event asStored(Event e) {
        Location l = e.location();
        Location place = l == null || l.city() == null && l.region() == null && l.country() == null ? null : l;
        return new Event(e.mode(), e.date(), place, e.host(), e.occasion(), e.participants(), e.evidence());
    }

    private static Integer year(LocalDate date) {
        return date == null ? null : date.getYear();
    }

    // Spark's row encoder takes a list column as an array or a Scala Seq, not a java.util.List
    static Row row(Object[] values, Object last) {
        Object[] all = Arrays.copyOf(values, values.length + 1);
        all[values.length] = last;
        return RowFactory.create(Arrays.stream(all)
                .map(v -> v instanceof List<?> list ? list.toArray(String[]::new) : v).toArray());
    }
}
