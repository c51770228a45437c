package org.readout.spark;

import java.io.IOException;
import org.apache.spark.sql.SparkSession;
import org.readout.extract.Readout;
import org.readout.input.InputLimits;
import org.readout.input.InputReader;

/**
 * {@code spark-submit --class org.readout.spark.SparkExtract readout-spark.jar INPUT OUTPUT [PARTITIONS]}:
 * the files under INPUT (any Hadoop path) extracted into the export's Parquet tables under OUTPUT.
 */
public final class SparkExtract {
    private static final int DEFAULT_PARTITIONS = 2;

    private SparkExtract() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: spark-submit --class org.readout.spark.SparkExtract readout-spark.jar INPUT OUTPUT [PARTITIONS]");
            System.exit(2);
        }
        int partitions = args.length == 3 ? Integer.parseInt(args[2]) : DEFAULT_PARTITIONS;
        try (SparkSession spark = ReadoutJob.configure(SparkSession.builder().appName("readout")).getOrCreate()) {
            new ReadoutJob(Readout.create(), new InputReader(InputLimits.defaults())).run(spark, args[0], args[1], partitions);
        }
    }
}
