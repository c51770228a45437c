package org.readout.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.readout.analysis.Account;
import org.readout.analysis.Meeting;
import org.readout.analysis.codes.CameoCoder;
import org.readout.analysis.codes.EventIds;
import org.readout.analysis.codes.GdeltTsv;
import org.readout.analysis.codes.PloverCoder;
import org.readout.analysis.codes.PloverEvent;
import org.readout.extract.Readout;
import org.readout.input.InputLimits;
import org.readout.input.InputReader;
import org.readout.model.ReadoutRecord;
import org.readout.store.DocumentInput;
import org.readout.store.MeetingDetail;
import org.readout.store.MeetingFilter;
import org.readout.store.Page;
import org.readout.store.ParquetOutput;
import org.readout.store.RecordJson;
import org.readout.store.Store;
import org.readout.store.TableFormat;

/**
 * What the job's output is held to, for the same input folder: the records {@link Readout#extract} gives, and
 * the tables and coded events of a store that ingested the files, as {@code readout export} writes them (the
 * tables read back with DuckDB).
 */
final class ExportComparison {
    static final InputReader READER = new InputReader(InputLimits.defaults());
    /** Table to the columns that differ by design: ingest order and time. */
    static final Map<String, String> DIFFERING = Map.of("documents", "seq, ingested_at", "events", "",
            "participants", "", "statements", "", "meetings", "");
    private static final int BATCH = 500;
    /** GDELT's DATEADDED: when the store ingested, or when the job started. */
    private static final int DATEADDED = 59;

    private final Path export;
    private final List<String> records;
    private final List<String> gdelt;
    private final List<String> plover;

    private ExportComparison(Path export, List<String> records, List<String> gdelt, List<String> plover) {
        this.export = export;
        this.records = records;
        this.gdelt = gdelt;
        this.plover = plover;
    }

    /**
     * Extracts the files under {@code input} and ingests them, in batches as {@code readout ingest} does, into a
     * store under {@code dir}, and exports it there.
     */
    static ExportComparison of(Path input, Path dir, Readout readout) throws IOException {
        RecordJson json = new RecordJson();
        List<String> records = new ArrayList<>();
        List<String> gdelt = new ArrayList<>();
        List<String> plover = new ArrayList<>();
        try (Store store = Store.open(dir.resolve("store"))) {
            List<DocumentInput> batch = new ArrayList<>();
            for (Path file : files(input)) {
                READER.read(file, d -> {
                    ReadoutRecord record = readout.extract(d.result().document());
                    records.add(json.write(record));
                    batch.add(new DocumentInput(d.result().document(), d.name(), record));
                });
                if (batch.size() >= BATCH) {
                    store.ingest(batch);
                    batch.clear();
                }
            }
            store.ingest(batch);
            store.exportTables(dir.resolve("export"), TableFormat.PARQUET);
            coded(store, gdelt, plover);
        }
        return new ExportComparison(dir.resolve("export"), records.stream().sorted().toList(),
                gdelt.stream().map(ExportComparison::withoutDateAdded).sorted().toList(), plover.stream().sorted().toList());
    }

    /** The GDELT and PLOVER events of every meeting, as readout export codes them. */
    private static void coded(Store store, List<String> gdelt, List<String> plover) {
        CameoCoder cameo = new CameoCoder();
        PloverCoder ploverCoder = new PloverCoder();
        EventIds gdeltIds = new EventIds();
        EventIds ploverIds = new EventIds();
        StringBuilder lines = new StringBuilder();
        GdeltTsv tsv = new GdeltTsv(lines);
        List<Meeting> page;
        int offset = 0;
        do {
            page = store.meetings(MeetingFilter.ANY, new Page(Page.MAX_LIMIT, offset));
            offset += page.size();
            for (Meeting m : page) {
                Map<String, ReadoutRecord> records = store.meeting(m.id()).map(MeetingDetail::recordsByDocumentId).orElseThrow();
                LocalDateTime added = store.firstIngested(m.accounts().stream().map(Account::documentId).toList()).orElseThrow();
                cameo.code(m, records, added, gdeltIds).forEach(tsv::write);
                ploverCoder.code(m, records, added, ploverIds).stream().map(PloverEvent::toJson).forEach(plover::add);
            }
        } while (page.size() == Page.MAX_LIMIT);
        lines.toString().lines().forEach(gdelt::add);
    }

    /**
     * Loads the job's output under {@code output} into a new store under {@code dir} as {@code readout ingest --parquet}
     * does (the store's {@link ParquetOutput}, in ingest's batches), exports that store there, and asserts that its
     * tables are the ones the store that ingested the files exported: the way back into the tools loses nothing.
     */
    void assertSameStoreFrom(Path output, Path dir) throws SQLException {
        try (Store store = Store.open(dir.resolve("store")); ParquetOutput parquet = ParquetOutput.open(output)) {
            assertThat(parquet.check(bad -> { }).documents()).isPositive();
            List<DocumentInput> batch = new ArrayList<>();
            parquet.forEach(input -> {
                batch.add(input);
                if (batch.size() >= BATCH) {
                    store.ingest(List.copyOf(batch));
                    batch.clear();
                }
            });
            store.ingest(batch);
            store.exportTables(dir.resolve("export"), TableFormat.PARQUET);
        }
        for (Map.Entry<String, String> table : DIFFERING.entrySet()) {
            String except = table.getValue().isEmpty() ? "" : " EXCLUDE (" + table.getValue() + ")";
            String sql = "SELECT *" + except + " FROM %s ORDER BY ALL";
            assertThat(rows(sql.formatted(exported(dir.resolve("export"), table.getKey())))).as(table.getKey())
                    .isNotEmpty().containsExactlyElementsOf(rows(sql.formatted(exported(export, table.getKey()))));
        }
    }

    /** Asserts that the job's output under {@code output} holds what the store and the extraction give. */
    void assertSameOutput(Path output) throws SQLException, IOException {
        assertSameTables(output);
        assertSameRecords(output);
        assertSameGdelt(output);
        assertThat(lines(output.resolve("plover")).stream().sorted()).as("plover").containsExactlyElementsOf(plover);
    }

    void assertSameRecords(Path output) throws SQLException {
        assertThat(rows("SELECT record_json FROM " + job(output, "records") + " ORDER BY ALL"))
                .as("records").isNotEmpty().containsExactlyElementsOf(records);
    }

    void assertSameGdelt(Path output) throws IOException {
        assertThat(lines(output.resolve("gdelt")).stream().map(ExportComparison::withoutDateAdded).sorted())
                .as("gdelt").isNotEmpty().containsExactlyElementsOf(gdelt);
    }

    /** Asserts that each of the job's tables under {@code output} has the export's columns, types and rows. */
    private void assertSameTables(Path output) throws SQLException {
        for (Map.Entry<String, String> table : DIFFERING.entrySet()) {
            String name = table.getKey();
            assertThat(rows("SELECT column_name, column_type FROM (DESCRIBE SELECT * EXCLUDE (year) FROM " + job(output, name) + ")"))
                    .as(name).containsExactlyElementsOf(rows("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM "
                            + exported(export, name) + ")"));
            String except = table.getValue().isEmpty() ? "" : " EXCLUDE (" + table.getValue() + ")";
            List<String> exported = rows("SELECT *" + except + " FROM " + exported(export, name) + " ORDER BY ALL");
            assertThat(exported).as(name).isNotEmpty();
            assertThat(rows("SELECT *" + except + " FROM (SELECT * EXCLUDE (year) FROM " + job(output, name) + ") ORDER BY ALL"))
                    .as(name).containsExactlyElementsOf(exported);
        }
    }

    /** The job's table as DuckDB reads it: a folder of Parquet parts per year, the year a column. */
    static String job(Path output, String table) {
        return "read_parquet('" + output.resolve(table) + "/*/*.parquet', hive_partitioning = true)";
    }

    /** A table of {@code readout export --format parquet} in {@code folder}, as DuckDB reads it. */
    private static String exported(Path folder, String table) {
        return "read_parquet('" + folder.resolve(table + ".parquet") + "')";
    }

    private static String withoutDateAdded(String gdeltLine) {
        String[] fields = gdeltLine.split("\t", -1);
        fields[DATEADDED] = "";
        return String.join("\t", fields);
    }

    /** The lines of a folder of text parts. */
    private static List<String> lines(Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(folder)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    /** Each row as its columns' text joined by tabs. */
    static List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(rs.getObject(i)));
                }
                rows.add(String.join("\t", values));
            }
        }
        return rows;
    }

    static Path examples() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("examples")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p.resolve("examples");
            }
        }
        throw new IllegalStateException("no examples/ above " + Path.of("").toAbsolutePath());
    }

    static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
