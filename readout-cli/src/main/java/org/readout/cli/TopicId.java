package org.readout.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A {@code --topic} value checked against the taxonomy: an unknown one is a usage error naming the valid ids,
 * not a query that quietly finds nothing.
 */
final class TopicId implements ITypeConverter<String> {
    private static final String TAXONOMY = "/readout/knowledge/taxonomy.json";

    @Override
    public String convert(String value) {
        List<String> ids = ids();
        if (!ids.contains(value)) {
            throw new TypeConversionException("unknown topic '" + value + "': one of " + String.join(", ", ids));
        }
        return value;
    }

    private static List<String> ids() {
        try (InputStream in = TopicId.class.getResourceAsStream(TAXONOMY)) {
            List<String> ids = new ArrayList<>();
            for (JsonNode topic : new ObjectMapper().readTree(in).get("topics")) {
                ids.add(topic.get("id").asText());
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled taxonomy", e);
        }
    }
}
