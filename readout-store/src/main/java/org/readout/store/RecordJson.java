package org.readout.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Map;
import org.readout.analysis.Meeting;
import org.readout.model.ReadoutRecord;

/**
 * The JSON the store keeps: records as the contract writes them, dates as ISO strings. Public for readout-spark,
 * whose rows carry records as the store keeps them. Thread-safe.
 */
public final class RecordJson {
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() { };

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // records written by a newer Readout may carry fields this one does not know
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot write JSON for " + value.getClass().getSimpleName(), e);
        }
    }

    public ReadoutRecord record(String json) {
        return read(json, mapper.getTypeFactory().constructType(ReadoutRecord.class));
    }

    Meeting meeting(String json) {
        return read(json, mapper.getTypeFactory().constructType(Meeting.class));
    }

    Map<String, String> stringMap(String json) {
        return read(json, mapper.getTypeFactory().constructType(STRING_MAP));
    }

    private <T> T read(String json, JavaType type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored JSON cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
