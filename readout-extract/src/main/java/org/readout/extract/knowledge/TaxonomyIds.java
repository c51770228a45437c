package org.readout.extract.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The topic ids of the bundled taxonomy, in its order: what a caller checks a topic filter against. */
public final class TaxonomyIds {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([a-z_]+)\"");

    /** Immutable, read once. */
    public static final List<String> BUNDLED = read();

    private TaxonomyIds() {
    }

    private static List<String> read() {
        try (InputStream in = TaxonomyIds.class.getResourceAsStream("/readout/knowledge/taxonomy.json")) {
            Matcher m = ID.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            List<String> ids = new ArrayList<>();
            while (m.find()) {
                ids.add(m.group(1));
            }
            return List.copyOf(ids);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled taxonomy", e);
        }
    }
}
