package org.readout.spark;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
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
 * (replacing what was there) the export's tables as Parquet folders partitioned by year ({@code documents/},
 * {@code events/}, {@code participants/}, {@code statements/}, {@code meetings/}), the records as the store keeps
 * them ({@code records/}), the coded events ({@code gdelt/}, {@code plover/}) and the inputs skipped
 * ({@code skipped/}). The extraction runs once: its rows are kept while the tables are written.
 */
final class ReadoutJob {
    static final String YEAR = "year";

    /** Files a task should be dealt at most, so that a task's rows stay a few hundred megabytes. */
    private static final int FILES_PER_TASK = 5_000;

    private final Readout readout;
    private final InputReader reader;
    private final boolean filtered;

    /** @param filtered whether documents the pre-filter finds no interaction in are skipped before extraction */
    ReadoutJob(Readout readout, InputReader reader, boolean filtered) {
        this.readout = readout;
        this.reader = reader;
        this.filtered = filtered;
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
                .mapPartitionsWithIndex(new PartitionExtractor(readout, reader, filtered, started,
                        context.broadcast(new SerializableConfiguration(hadoop))), false)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaRDD<MergedMeeting> meetings = new MeetingMerge(readout, started).merge(facts.flatMap(f -> f.reports().iterator()))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            Dataset<Row> documents = frame(spark, facts.flatMap(f -> f.documents().iterator()), ExportSchema.DOCUMENTS);
            byYear(documents.drop("record_json"), output + "/documents");
            byYear(documents.selectExpr("id AS document_id", "record_json", YEAR), output + "/records");
            byYear(frame(spark, eventsWithMeetings(facts, meetings), ExportSchema.EVENTS), output + "/events");
            byYear(frame(spark, facts.flatMap(f -> f.participants().iterator()), ExportSchema.PARTICIPANTS), output + "/participants");
            byYear(frame(spark, facts.flatMap(f -> f.statements().iterator()), ExportSchema.STATEMENTS), output + "/statements");
            byYear(frame(spark, meetings.map(MergedMeeting::row), ExportSchema.MEETINGS), output + "/meetings");
            lines(spark, meetings.flatMap(m -> m.gdelt().iterator()), output + "/gdelt");
            lines(spark, meetings.flatMap(m -> m.plover().iterator()), output + "/plover");
            frame(spark, facts.flatMap(f -> f.skipped().iterator()), ExportSchema.SKIPPED)
                    .write().mode(SaveMode.Overwrite).parquet(output + "/skipped");
        } finally {
            meetings.unpersist(false);
            facts.unpersist(false);
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

    private static void byYear(Dataset<Row> table, String path) {
        table.write().mode(SaveMode.Overwrite).partitionBy(YEAR).parquet(path);
    }
}
