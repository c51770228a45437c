package org.readout.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.readout.model.Problem;

/**
 * JSON Lines (Jackson): each line an object, a document named by its line number. A line that
 * is not a JSON object, has no text, or is over the limit is reported and the next line read;
 * no line is held beyond the limit, however long.
 */
final class JsonLinesReader {
    private final Reading reading;
    private final DumpRows rows;
    private final ObjectMapper json = new ObjectMapper();

    JsonLinesReader(Reading reading) {
        this.reading = reading;
        this.rows = new DumpRows(reading.decoder(), reading.options());
    }

    void read(Place place, InputStream in) throws IOException {
        LineSplitter lines = new LineSplitter(in, reading.limits().maxBytes());
        for (LineSplitter.Line line = lines.next(); line != null; line = lines.next()) {
            Place at = place.item(line.number());
            if (line.tooLong()) {
                reading.reject(at, reading.limits().tooLarge(line.length()));
            } else if (!blank(line.bytes())) {
                reading.emit(at, row(at, line));
            }
        }
    }

    private DecodeResult row(Place at, LineSplitter.Line line) {
        JsonNode node;
        try {
            node = json.readTree(line.bytes());
        } catch (JsonProcessingException e) {
            return DecodeResult.rejected(Problem.error("not_json", "line " + line.number() + " is not valid JSON: "
                    + e.getOriginalMessage().lines().findFirst().orElse("")));
        } catch (IOException e) {
            return DecodeResult.rejected(Reading.problem("line " + line.number() + ": ", e));
        }
        if (node == null || !node.isObject()) {
            return DecodeResult.rejected(Problem.error("not_json", "line " + line.number() + " is not a JSON object"));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        node.properties().forEach(f -> fields.put(f.getKey(), value(f.getValue())));
        return rows.document(at.id(), fields);
    }

    /** A string as it is, a number or boolean as written, an array or object as JSON; null as absent. */
    private static String value(JsonNode node) {
        if (node.isNull()) {
            return null;
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    private static boolean blank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
