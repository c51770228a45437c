package org.readout.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.PrintWriter;
import org.readout.model.ReadoutRecord;

/** JSON Lines (one record a line) or one pretty-printed JSON array. */
final class JsonRecordWriter implements RecordWriter {
    private final PrintWriter out;
    private final boolean array;
    private final ObjectWriter json;
    private int written;

    JsonRecordWriter(PrintWriter out, boolean array) {
        this.out = out;
        this.array = array;
        ObjectMapper mapper = Json.mapper();
        this.json = array ? mapper.writerWithDefaultPrettyPrinter() : mapper.writer();
    }

    @Override
    public void write(ReadoutRecord record) {
        try {
            String text = json.writeValueAsString(record);
            if (array) {
                out.print(written == 0 ? "[\n" : ",\n");
                out.print(text);
            } else {
                out.println(text);
            }
            written++;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write record " + record.doc(), e);
        }
    }

    @Override
    public void finish() {
        if (array) {
            out.println(written == 0 ? "[]" : "\n]");
        }
    }
}
