package org.readout.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.SerializableConfiguration;
import org.readout.extract.Readout;
import org.readout.extract.knowledge.KnowledgeLoader;
import org.readout.input.InputDocument;
import org.readout.input.InputReader;
import org.readout.model.ReadoutRecord;
import org.readout.store.FactRows;

/**
 * Extracts one partition's files: each file, opened through Hadoop with the driver's Hadoop configuration, is
 * read by the project's {@link InputReader} (so a container yields its documents, as on the command line), each
 * document it accepts goes through {@link Readout}, and its record becomes the export's rows, held until the
 * partition ends (so a partition should hold thousands of documents, not millions). Only the Readout's config travels with the task; an executor
 * JVM rebuilds the pipeline once and keeps it for every later task. A document's seq is its partition's
 * number in the high bits and its place in the partition in the low ones: unique, as the store's is.
 */
final class PartitionExtractor implements Function2<Integer, Iterator<String>, Iterator<TableRows>> {
    private static final long serialVersionUID = 1L;
    private static final int SEQ_SHIFT = 33;

    private final Readout readout;
    private final InputReader reader;
    private final LocalDateTime ingestedAt;
    private final Broadcast<SerializableConfiguration> hadoop;

    PartitionExtractor(Readout readout, InputReader reader, LocalDateTime ingestedAt, Broadcast<SerializableConfiguration> hadoop) {
        this.readout = readout;
        this.reader = reader;
        this.ingestedAt = ingestedAt;
        this.hadoop = hadoop;
    }

    @Override
    public Iterator<TableRows> call(Integer partition, Iterator<String> files) {
        // people are keyed by the default knowledge's officials, as a store without overrides keys them
        FactRows rows = FactRows.of(KnowledgeLoader.load(null));
        long[] next = {(long) partition << SEQ_SHIFT};
        files.forEachRemaining(file -> read(file, document -> {
            ReadoutRecord record = readout.extract(document.result().document());
            rows.add(document.result().document(), document.name(), next[0]++, record, ingestedAt);
        }));
        return List.of(tableRows(rows)).iterator();
    }

    private void read(String file, Consumer<InputDocument> accepted) {
        Path path = new Path(file);
        try (InputStream in = path.getFileSystem(hadoop.value().value()).open(path)) {
            reader.read(file, path.getName(), in, document -> {
                // what cannot be read has no row in the export either (issue 13: a rejects table)
                if (document.result().accepted()) {
                    accepted.accept(document);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static TableRows tableRows(FactRows rows) {
        return new TableRows(rows.documents().stream().map(PartitionExtractor::row).toList(),
                rows.events().stream().map(e -> row(withMeeting(e))).toList(),
                rows.participants().stream().map(PartitionExtractor::row).toList(),
                rows.statements().stream().map(PartitionExtractor::row).toList());
    }

    // the merged meeting is not known yet: its column stays empty
    private static Object[] withMeeting(Object[] event) {
        return Arrays.copyOf(event, event.length + 1);
    }

    // Spark's row encoder takes a list column as an array or a Scala Seq, not a java.util.List
    private static Row row(Object[] values) {
        return RowFactory.create(Arrays.stream(values)
                .map(v -> v instanceof List<?> list ? list.toArray(String[]::new) : v).toArray());
    }
}
