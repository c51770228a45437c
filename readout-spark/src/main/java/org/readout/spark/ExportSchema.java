package org.readout.spark;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampNTZType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;

import java.util.Arrays;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark types of the tables {@code readout export --format parquet} writes (docs/data.md), column for column
 * as the store's FactRows and MeetingRows fill them, so that DuckDB reads both outputs with the same types; each
 * fact table also has the year it is partitioned by.
 */
final class ExportSchema {
    private static final DataType STRINGS = createArrayType(StringType, false);

    static final StructType DOCUMENTS = struct(
            field("id", StringType), field("seq", LongType), field("name", StringType), field("origin", StringType),
            field("title", StringType), field("language", StringType), field("published", DateType),
            field("outlet", StringType), field("url", StringType), field("perspective", StringType),
            field("topics", STRINGS), field("labels", STRINGS), field("problems", STRINGS), field("text", StringType),
            field("extractor_version", StringType), field("knowledge_hash", StringType),
            field("ingested_at", TimestampNTZType), field("metadata", StringType), year());

    /** Each document's record as the store keeps it (documents.record_json), which the export leaves out. */
    static final StructType RECORDS = struct(field("document_id", StringType), field("record_json", StringType), year());

    /** With meeting_id, the meeting the event is an account of. */
    static final StructType EVENTS = struct(
            field("document_id", StringType), field("event_index", IntegerType), field("mode", StringType),
            field("date", DateType), field("city", StringType), field("region", StringType), field("country", StringType),
            field("host", StringType), field("occasion", StringType), field("countries", STRINGS),
            field("evidence_start", IntegerType), field("evidence_end", IntegerType), field("meeting_id", StringType), year());

    static final StructType PARTICIPANTS = struct(
            field("document_id", StringType), field("event_index", IntegerType), field("position", IntegerType),
            field("name", StringType), field("actor_id", StringType), field("country", StringType), field("roles", STRINGS), year());

    static final StructType STATEMENTS = struct(
            field("document_id", StringType), field("statement_index", IntegerType), field("speaker", StringType),
            field("actor_id", StringType), field("country", StringType), field("kind", StringType),
            field("topics", STRINGS), field("text", StringType), field("date", DateType),
            field("evidence_start", IntegerType), field("evidence_end", IntegerType), year());

    static final StructType MEETINGS = struct(
            field("id", StringType), field("date", DateType), field("mode", StringType), field("city", StringType),
            field("region", StringType), field("country", StringType), field("countries", STRINGS),
            field("actor_ids", STRINGS), field("meeting_json", StringType), year());

    /** An input, or a document in it, that gave no record: why (a reader's problem code or extraction-failed). */
    static final StructType SKIPPED = struct(field("name", StringType), field("reason", StringType), field("message", StringType));

    private ExportSchema() {
    }

    /** The partition column every fact table ends with: its document's year of publication (a meeting's: its date's). */
    private static StructField year() {
        return field(ReadoutJob.YEAR, IntegerType);
    }

    private static StructField field(String name, DataType type) {
        return createStructField(name, type, true);
    }

    private static StructType struct(StructField... fields) {
        return new StructType(Arrays.copyOf(fields, fields.length));
    }
}
