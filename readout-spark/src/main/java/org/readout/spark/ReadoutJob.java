package org.readout.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.readout.extract.Readout;
import org.readout.input.InputReader;
import scala.Tuple2;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Extracts every file under a Hadoop path, merges the events into meetings, and writes under the output path
 * (replacing what was there) the outputs asked for: the export's tables as Parquet folders partitioned by year
 * ({@code documents/}, {@code events/}, {@code participants/}, {@code statements/}, {@code meetings/}), the
 * records as the store keeps them ({@code records/}), the coded events ({@code gdelt/}, {@code plover/}); and
 * always the inputs skipped ({@code skipped/}). The extraction runs once: its rows are kept while the tables are
 * written. Meetings are merged only for the outputs that need them.
 */
final class ReadoutJob {
    static final String YEAR = "year";

    /** Files a task should be dealt at most, so that a task's rows stay a few hundred megabytes. */
    private static final int FILES_PER_TASK = 5_000;

    private final Readout readout;
    private final InputReader reader;
    private final boolean filtered;
    private final Set<Output> outputs;

    /**
     * @param filtered whether documents the pre-filter finds no interaction in are skipped before extraction
     * @param outputs  what is written; the output folder's other tables are removed, so that it never mixes two runs
     */
    ReadoutJob(Readout readout, InputReader reader, boolean filtered, Set<Output> outputs) {
        this.readout = readout;
        this.reader = reader;
        this.filtered = filtered;
        this.outputs = Set.copyOf(outputs);
    }

    /** Session options the job needs: rows hold java.time dates, as Readout's records do. */
    static SparkSession.Builder configure(SparkSession.Builder builder) {
        return builder.config("spark.sql.datetime.java8API.enabled", "true");
    }

    /** @param partitions how many tasks the files are dealt to, in name order; 0 for as many as the files need */
    void run(SparkSession spark, String input, String output, int partitions) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = context.hadoopConfiguration();
        LocalDateTime started = LocalDateTime.now(ZoneOffset.UTC);
        List<HadoopFiles.InputFile> files = HadoopFiles.under(input, hadoop);
        int tasks = partitions > 0 ? partitions
                : Math.max(2 * context.defaultParallelism(), (files.size() + FILES_PER_TASK - 1) / FILES_PER_TASK);
        JavaRDD<TableRows> facts = context.parallelize(files, tasks)
                .mapPartitionsWithIndex(new PartitionExtractor(readout, reader, filtered, outputs, started,
                        context.broadcast(new SerializableConfiguration(hadoop))), false)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaRDD<MergedMeeting> meetings = outputs.stream().noneMatch(Output::needsMeetings) ? null
                : new MeetingMerge(readout, started, outputs.stream().anyMatch(Output::coded))
                        .merge(facts.flatMap(f -> f.reports().iterator())).persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            removeUnwritten(output, hadoop);
            write(spark, Output.DOCUMENTS, output, () -> facts.flatMap(f -> f.documents().iterator()), ExportSchema.DOCUMENTS);
            write(spark, Output.RECORDS, output, () -> facts.flatMap(f -> f.records().iterator()), ExportSchema.RECORDS);
            write(spark, Output.EVENTS, output, () -> eventsWithMeetings(facts, meetings), ExportSchema.EVENTS);
            write(spark, Output.PARTICIPANTS, output, () -> facts.flatMap(f -> f.participants().iterator()), ExportSchema.PARTICIPANTS);
            write(spark, Output.STATEMENTS, output, () -> facts.flatMap(f -> f.statements().iterator()), ExportSchema.STATEMENTS);
            write(spark, Output.MEETINGS, output, () -> meetings.map(MergedMeeting::row), ExportSchema.MEETINGS);
            if (outputs.contains(Output.GDELT)) {
                lines(spark, meetings.flatMap(m -> m.gdelt().iterator()), output + "/" + Output.GDELT.folder());
            }
            if (outputs.contains(Output.PLOVER)) {
                lines(spark, meetings.flatMap(m -> m.plover().iterator()), output + "/" + Output.PLOVER.folder());
            }
            frame(spark, facts.flatMap(f -> f.skipped().iterator()), ExportSchema.SKIPPED)
                    .write().mode(SaveMode.Overwrite).parquet(output + "/skipped");
        } finally {
            if (meetings != null) {
                meetings.unpersist(false);
            }
            facts.unpersist(false);
        }
    }

    private void removeUnwritten(String output, Configuration hadoop) {
        try {
            EnumSet<Output> unwritten = EnumSet.allOf(Output.class);
            unwritten.removeAll(outputs);
            for (Output table : unwritten) {
                Path folder = new Path(output, table.folder());
                folder.getFileSystem(hadoop).delete(folder, true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + output, e);
        }
    }

    /** A table partitioned by year, if it is asked for; its rows are made only then. */
    private void write(SparkSession spark, Output table, String output, Supplier<JavaRDD<Row>> rows, StructType schema) {
        if (outputs.contains(table)) {
            // a task writes a file per year: as many tasks as the extraction's made thousands of small files
            int tasks = 2 * spark.sparkContext().defaultParallelism();
            frame(spark, rows.get().coalesce(tasks), schema)
                    .write().mode(SaveMode.Overwrite).partitionBy(YEAR).parquet(output + "/" + table.folder());
        }
    }

    /** Each event row with its meeting's id put before the year. */
    private static JavaRDD<Row> eventsWithMeetings(JavaRDD<TableRows> facts, JavaRDD<MergedMeeting> meetings) {
        JavaPairRDD<String, String> meetingOf = meetings.flatMapToPair(m -> m.accountKeys().stream()
                .map(key -> new Tuple2<>(key, m.id())).iterator());
        return facts.flatMap(f -> f.events().iterator())
                .mapToPair(e -> new Tuple2<>(e.getString(0) + "#" + e.getInt(1), e))
                .join(meetingOf).values().map(e -> {
                    // the row ends with its year: the meeting goes before it, as ExportSchema.EVENTS has it
                    List<Object> values = new ArrayList<>(CollectionConverters.asJava(e._1().toSeq()));
                    values.add(values.size() - 1, e._2());
                    return RowFactory.create(values.toArray());
                });
    }

    private static Dataset<Row> frame(SparkSession spark, JavaRDD<Row> rows, StructType schema) {
        return spark.createDataFrame(rows, schema);
    }

    private static void lines(SparkSession spark, JavaRDD<String> lines, String path) {
        spark.createDataset(lines.rdd(), Encoders.STRING()).write().mode(SaveMode.Overwrite).text(path);
    }
}
