package org.readout.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * A partition's rows of each table the job writes, in {@link ExportSchema}'s columns (the events' without their
 * meeting yet; a table not written has none), the reports its events give the meeting merge, and the inputs it skipped. Each list is kept serialised
 * on its own: the job reads the kept partitions once per table it writes, and each read then decodes only that
 * table's rows (decoding every document's text for each table took a sixth of the job's time).
 */
final class TableRows implements Serializable {
    private static final long serialVersionUID = 1L;

    private final byte[] documents;
    private final byte[] records;
    private final byte[] events;
    private final byte[] participants;
    private final byte[] statements;
    private final byte[] reports;
    private final byte[] skipped;

    TableRows(List<Row> documents, List<Row> records, List<Row> events, List<Row> participants, List<Row> statements,
              List<Report> reports, List<Row> skipped) {
        this.documents = encode(documents);
        this.records = encode(records);
        this.events = encode(events);
        this.participants = encode(participants);
        this.statements = encode(statements);
        this.reports = encode(reports);
        this.skipped = encode(skipped);
    }

    List<Row> documents() {
        return decode(documents);
    }

    List<Row> records() {
        return decode(records);
    }

    List<Row> events() {
        return decode(events);
    }

    List<Row> participants() {
        return decode(participants);
    }

    List<Row> statements() {
        return decode(statements);
    }

    List<Report> reports() {
        return decode(reports);
    }

    List<Row> skipped() {
        return decode(skipped);
    }

    private static byte[] encode(List<?> values) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(values));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> decode(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (List<T>) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("a class of the job's rows is missing on this executor", e);
        }
    }
}
