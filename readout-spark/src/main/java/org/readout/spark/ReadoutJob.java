package org.readout.spark;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.readout.extract.Readout;
import org.readout.input.InputReader;

/**
 * Extracts every file under a Hadoop path and writes the export's tables as Parquet folders
 * ({@code documents/}, {@code events/}, {@code participants/}, {@code statements/}) under the output path,
 * replacing what was there. The extraction runs once: its rows are kept while the four tables are written.
 */
final class ReadoutJob {
    private final Readout readout;
    private final InputReader reader;

    ReadoutJob(Readout readout, InputReader reader) {
        this.readout = readout;
        this.reader = reader;
    }

    /** Session options the job needs: rows hold java.time dates, as Readout's records do. */
    static SparkSession.Builder configure(SparkSession.Builder builder) {
        return builder.config("spark.sql.datetime.java8API.enabled", "true");
    }

    /** @param partitions how many tasks the files are dealt to, in name order */
    void run(SparkSession spark, String input, String output, int partitions) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = context.hadoopConfiguration();
        JavaRDD<TableRows> facts = context.parallelize(HadoopFiles.under(input, hadoop), partitions)
                .mapPartitionsWithIndex(new PartitionExtractor(readout, reader, LocalDateTime.now(ZoneOffset.UTC),
                        context.broadcast(new SerializableConfiguration(hadoop))), false)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            write(spark, facts.flatMap(f -> f.documents().iterator()), ExportSchema.DOCUMENTS, output + "/documents", "record_json");
            write(spark, facts.flatMap(f -> f.events().iterator()), ExportSchema.EVENTS, output + "/events");
            write(spark, facts.flatMap(f -> f.participants().iterator()), ExportSchema.PARTICIPANTS, output + "/participants");
            write(spark, facts.flatMap(f -> f.statements().iterator()), ExportSchema.STATEMENTS, output + "/statements");
        } finally {
            facts.unpersist(false);
        }
    }

    private static void write(SparkSession spark, JavaRDD<Row> rows, StructType schema, String path, String... dropped) {
        spark.createDataFrame(rows, schema).drop(dropped).write().mode(SaveMode.Overwrite).parquet(path);
    }
}
