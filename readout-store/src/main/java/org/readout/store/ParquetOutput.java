package org.readout.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.duckdb.DuckDBDriver;
import org.readout.extract.Version;
import org.readout.model.Problem;
import org.readout.model.Provenance;
import org.readout.model.ReadoutRecord;
import org.readout.model.SourceDocument;

/**
 * A folder of Parquet tables as readout-spark writes them (docs/data.md), read back as documents with
 * their records, to be stored without extracting them again: {@code documents/} (the export's columns)
 * joined on the id with {@code records/} ({@code document_id}, {@code record_json} as the store keeps
 * it). Each table is a folder of part files, flat or Hive-partitioned ({@code year=2023/}); files and
 * folders whose names start with {@code _} or {@code .} are left out, as Hadoop leaves them out (a
 * failed job's {@code _temporary/}). The other tables are not read: the store derives them again.
 *
 * <p>DuckDB (in memory, at most {@value #MEMORY_LIMIT}, spilling to a temporary folder) joins the two and
 * streams the rows out. It does not join a large output in one go within its limit (its hash join and sort
 * ran out of memory on 3 GB of text and records with 1 GB), so the ids are split into ranges of about
 * {@value #BUCKET_BYTES} bytes of Parquet each (uncompressed, as the files' metadata gives it), joined one range
 * after the other: memory does not grow with the output, and every file is scanned once per range. Not
 * thread-safe.
 */
public final class ParquetOutput implements AutoCloseable {
    static final String MEMORY_LIMIT = "1GB";
    /** Uncompressed Parquet bytes per range of ids: what one join holds, well inside {@link #MEMORY_LIMIT}. */
    static final long BUCKET_BYTES = 128L << 20;
    /** Ranges split the ids by their first four hex digits. */
    private static final int MAX_BUCKETS = 1 << 16;
    private static final Set<String> DOCUMENT_COLUMNS = Set.of("id", "seq", "name", "origin", "text", "metadata");
    private static final Set<String> RECORD_COLUMNS = Set.of("document_id", "record_json");

    /** The folder is not such an output: a table is missing, holds no Parquet files, lacks a column, or cannot be read. */
    public static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * A row that cannot be stored as it is.
     *
     * @param documentId the id the row gives; null where it gives none
     * @param origin     where the document was read from, where the row says
     */
    public record Bad(String documentId, String origin, Problem problem) {
    }

    /**
     * What {@link #check} found besides the bad rows.
     *
     * @param documents     documents rows
     * @param otherVersions for each extractor version other than this build's, how many records it extracted
     *                      ("unknown" for a record without provenance)
     */
    public record Check(long documents, Map<String, Long> otherVersions) {
        /** The versions in their order, so that what is said of them comes in that order. */
        public Check {
            otherVersions = Collections.unmodifiableMap(new TreeMap<>(otherVersions));
        }
    }

    /** The ids from {@code from} (inclusive) to {@code to} (exclusive); null for an open end. */
    record Bucket(String from, String to) {
        /** Every id in exactly one of {@code n} ranges (ids not in hex too), split by their first four hex digits. */
        static List<Bucket> split(int n) {
            List<String> bounds = new ArrayList<>();
            bounds.add(null);
            for (int i = 1; i < n; i++) {
                bounds.add(String.format("%04x", (int) ((long) i * MAX_BUCKETS / n)));
            }
            bounds.add(null);
            List<Bucket> buckets = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                buckets.add(new Bucket(bounds.get(i), bounds.get(i + 1)));
            }
            return buckets;
        }

        /** The rows of {@code table} whose {@code column} is in the range (never null), as a subquery with parameters. */
        String rows(String table, String column) {
            List<String> conditions = new ArrayList<>(List.of(column + " IS NOT NULL"));
            if (from != null) {
                conditions.add(column + " >= ?");
            }
            if (to != null) {
                conditions.add(column + " < ?");
            }
            return "(SELECT * FROM " + table + " WHERE " + String.join(" AND ", conditions) + ")";
        }

        /** The parameters of {@link #rows} for the documents and then the records. */
        Object[] parameters() {
            List<String> one = Stream.of(from, to).filter(Objects::nonNull).toList();
            return Stream.concat(one.stream(), one.stream()).toArray();
        }
    }

    private final Path dir;
    private final Path spill;
    private final Connection db;
    private final List<Bucket> buckets;
    private final RecordJson json = new RecordJson();

    private ParquetOutput(Path dir, Path spill, Connection db, List<Bucket> buckets) {
        this.dir = dir;
        this.spill = spill;
        this.db = db;
        this.buckets = buckets;
    }

    /**
     * Opens the output in {@code dir}: both tables there, each with the columns read.
     *
     * @throws Unreadable when it is not such an output
     */
    public static ParquetOutput open(Path dir) {
        return open(dir, BUCKET_BYTES);
    }

    /** As {@link #open(Path)}, with ranges of ids of about {@code bucketBytes} (tests split small outputs). */
    static ParquetOutput open(Path dir, long bucketBytes) {
        List<Path> documents = parts(dir, "documents");
        List<Path> records = parts(dir, "records");
        Path spill = null;
        Connection db = null;
        try {
            spill = Files.createTempDirectory("readout-parquet");
            Properties settings = new Properties();
            settings.setProperty(DuckDBDriver.JDBC_STREAM_RESULTS, "true");
            settings.setProperty("memory_limit", MEMORY_LIMIT);
            settings.setProperty("temp_directory", spill.toString());
            db = DriverManager.getConnection("jdbc:duckdb:", settings);
            view(db, dir, "documents", documents, DOCUMENT_COLUMNS);
            view(db, dir, "records", records, RECORD_COLUMNS);
            long bytes = Sql.count(db, "SELECT coalesce(sum(total_uncompressed_size), 0) FROM parquet_metadata("
                    + literal(Stream.concat(documents.stream(), records.stream()).toList()) + ")");
            int n = (int) Math.min(MAX_BUCKETS, Math.max(1, (bytes + bucketBytes - 1) / bucketBytes));
            return new ParquetOutput(dir, spill, db, Bucket.split(n));
        } catch (Unreadable e) {
            closeQuietly(db, spill, e);
            throw e;
        } catch (IOException | SQLException e) {
            Unreadable unreadable = new Unreadable(dir + ": cannot be read: " + e.getMessage(), e);
            closeQuietly(db, spill, unreadable);
            throw unreadable;
        }
    }

    /** The Parquet files of one table, in name order. */
    private static List<Path> parts(Path dir, String table) {
        Path folder = dir.resolve(table);
        if (!Files.isDirectory(folder)) {
            throw new Unreadable(dir + ": no " + table + "/ folder: a Spark output holds documents/ and records/,"
                    + " each a folder of Parquet files", null);
        }
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attributes) {
                    return d.equals(folder) || !hidden(d) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && !hidden(file) && file.getFileName().toString().endsWith(".parquet")) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new Unreadable(folder + ": cannot be listed: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new Unreadable(folder + ": no Parquet files in it", null);
        }
        files.sort(Comparator.naturalOrder());
        return files;
    }

    private static boolean hidden(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith("_") || name.startsWith(".");
    }

    /** The ranges of ids joined one after the other. */
    List<Bucket> buckets() {
        return buckets;
    }

    /** The files as a DuckDB list of strings (a table function takes no parameter for its files). */
    private static String literal(List<Path> files) {
        return files.stream().map(f -> "'" + f.toAbsolutePath().toString().replace("'", "''") + "'")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /** The table as a view over its files, Hive partitions read as columns; refused if a column read is missing. */
    private static void view(Connection db, Path dir, String table, List<Path> files, Set<String> needed) throws SQLException {
        Sql.update(db, "CREATE VIEW " + table + " AS SELECT * FROM read_parquet(" + literal(files) + ", hive_partitioning = true)");
        List<String> columns = Sql.list(db, "SELECT column_name FROM (DESCRIBE " + table + ")", rs -> rs.getString(1));
        List<String> missing = needed.stream().filter(c -> !columns.contains(c)).sorted().toList();
        if (!missing.isEmpty()) {
            throw new Unreadable(dir.resolve(table) + ": no column " + String.join(", ", missing) + " (has " + String.join(", ", columns) + ")", null);
        }
    }

    /**
     * Reads every row as {@link #forEach} would and tells each that cannot be stored: a document without its
     * records row and the other way round, a record_json or metadata that cannot be read, an id that is not the
     * SHA-256 of the text. Stores nothing.
     */
    public Check check(Consumer<Bad> bad) {
        Map<String, Long> otherVersions = new TreeMap<>();
        long documents = run(c -> {
            Sql.each(c, "SELECT origin FROM documents WHERE id IS NULL",
                    rs -> bad.accept(new Bad(null, rs.getString(1), Problem.error("no_record", "a documents row without an id"))));
            Sql.each(c, "SELECT 1 FROM records WHERE document_id IS NULL",
                    rs -> bad.accept(new Bad(null, null, Problem.error("no_document", "a records row without a document_id"))));
            for (Bucket bucket : buckets) {
                Sql.each(c, "SELECT d.seq, d.id, d.name, d.origin, d.text, d.metadata, r.record_json, r.document_id AS record_id FROM "
                        + bucket.rows("documents", "id") + " d FULL JOIN " + bucket.rows("records", "document_id")
                        + " r ON r.document_id = d.id", rs -> {
                            if (rs.getString("id") == null) {
                                bad.accept(new Bad(rs.getString("record_id"), null, Problem.error("no_document", "a records row with no documents row")));
                                return;
                            }
                            if (rs.getString("record_id") == null) {
                                bad.accept(new Bad(rs.getString("id"), rs.getString("origin"), Problem.error("no_record", "no records row for this document")));
                                return;
                            }
                            Read read = read(rs);
                            if (read.bad() != null) {
                                bad.accept(read.bad());
                            } else if (!Version.get().equals(read.version())) {
                                otherVersions.merge(Objects.requireNonNullElse(read.version(), "unknown"), 1L, Long::sum);
                            }
                        }, bucket.parameters());
            }
            return Sql.count(c, "SELECT count(*) FROM documents");
        });
        return new Check(documents, otherVersions);
    }

    /**
     * Each document with its record, to be stored as {@code ingest} stores what it extracts: range of ids by range,
     * in the output's order ({@code seq}) within each (the store's meetings and actors do not depend on the order).
     * A text the output holds twice (two files, one text) comes once for each of its documents rows, with the
     * record made for that row's file (whose {@code doc} is the row's {@code name}), as ingest reads it.
     *
     * @throws Unreadable for a row that cannot be stored: {@link #check} first, so that nothing is stored then
     */
    public void forEach(Consumer<DocumentInput> action) {
        run(c -> {
            for (Bucket bucket : buckets) {
                forEach(c, bucket, action);
            }
            return null;
        });
    }

    private void forEach(Connection c, Bucket bucket, Consumer<DocumentInput> action) throws SQLException {
        // the join gives a documents row once for each records row of its id: the rows of one document are adjacent
        List<Object> key = null;
        Read chosen = null;
        try (PreparedStatement ps = Sql.prepare(c, "SELECT d.seq, d.id, d.name, d.origin, d.text, d.metadata, r.record_json FROM "
                + bucket.rows("documents", "id") + " d JOIN " + bucket.rows("records", "document_id") + " r ON r.document_id = d.id"
                + " ORDER BY d.seq, d.id, r.record_json", bucket.parameters());
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                List<Object> rowKey = Arrays.asList(rs.getObject("seq"), rs.getString("id"));
                Read read = read(rs);
                if (read.bad() != null) {
                    throw new Unreadable(dir + ": document " + read.bad().documentId() + ": " + read.bad().problem().message(), null);
                }
                if (!rowKey.equals(key)) {
                    if (chosen != null) {
                        action.accept(chosen.input());
                    }
                    key = rowKey;
                    chosen = read;
                } else if (!chosen.ownRecord() && read.ownRecord()) {
                    chosen = read;
                }
            }
        }
        if (chosen != null) {
            action.accept(chosen.input());
        }
    }

    /**
     * One joined row: what the store is given, or why it cannot be.
     *
     * @param ownRecord whether the record was made for this documents row (its doc is the row's name)
     */
    private record Read(DocumentInput input, boolean ownRecord, Bad bad) {
        String version() {
            Provenance provenance = input.record().provenance();
            return provenance == null ? null : provenance.extractorVersion();
        }
    }

    private Read read(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        String origin = rs.getString("origin");
        String text = rs.getString("text");
        if (text == null) {
            return bad(id, origin, "no_text", "the documents row has no text");
        }
        String hash = ContentHash.of(text);
        if (!hash.equals(id)) {
            return bad(id, origin, "bad_id", "the id is not the SHA-256 of the text (" + hash + ")");
        }
        String recordJson = rs.getString("record_json");
        ReadoutRecord record;
        try {
            record = recordJson == null ? null : json.record(recordJson);
        } catch (StoreException e) {
            return bad(id, origin, "bad_record", "record_json cannot be read as a record: " + reason(e));
        }
        if (record == null) {
            return bad(id, origin, "bad_record", "record_json is null");
        }
        Map<String, String> metadata;
        try {
            String meta = rs.getString("metadata");
            metadata = meta == null ? Map.of() : json.stringMap(meta);
        } catch (StoreException e) {
            return bad(id, origin, "bad_metadata", "metadata is not a JSON object of strings: " + reason(e));
        }
        SourceDocument source = new SourceDocument(record.doc(), text, null, null, null, null, metadata);
        return new Read(new DocumentInput(source, origin, record), record.doc().equals(rs.getString("name")), null);
    }

    /** What the JSON parser said, without the store's words around it. */
    private static String reason(StoreException e) {
        return e.getCause() instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    }

    private static Read bad(String id, String origin, String code, String message) {
        return new Read(null, false, new Bad(id, origin, Problem.error(code, message)));
    }

    private <T> T run(Sql.Work<T> work) {
        try {
            return work.run(db);
        } catch (SQLException e) {
            throw new Unreadable(dir + ": cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        closeQuietly(db, spill, null);
    }

    /** Closes what was opened; a failure to is kept with {@code cause} where there is one, else thrown. */
    private static void closeQuietly(Connection db, Path spill, RuntimeException cause) {
        try {
            if (db != null) {
                db.close();
            }
            if (spill != null) {
                try (Stream<Path> left = Files.walk(spill)) {
                    for (Path p : left.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        } catch (SQLException | IOException e) {
            if (cause == null) {
                throw new StoreException("cannot close the Parquet reader: " + e.getMessage(), e);
            }
            cause.addSuppressed(e);
        }
    }
}
