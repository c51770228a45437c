package org.readout.input;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.readout.model.Problem;

/**
 * A row of a dump (a JSON Lines object, a CSV record) as a document: its text column read as a
 * file's text is (HTML if it has tags), its URL, title, date and outlet columns as hints that
 * win over the text's, every other non-empty column kept as metadata.
 */
final class DumpRows {
    private final InputDecoder decoder;
    private final InputOptions options;

    DumpRows(InputDecoder decoder, InputOptions options) {
        this.decoder = decoder;
        this.options = options;
    }

    /** @param fields the row's columns by name, in the row's order; values may be null */
    DecodeResult document(String id, Map<String, String> fields) {
        Optional<String> textColumn = column(fields, options.textColumns());
        if (textColumn.isEmpty()) {
            return DecodeResult.rejected(Problem.error("no_text", "no text column (" + String.join(", ", options.textColumns()) + ")"));
        }
        String text = fields.get(textColumn.get());
        if (text == null || TextNormaliser.isBlank(text)) {
            return DecodeResult.rejected(Problem.error("empty", "text column '" + textColumn.get() + "' is empty"));
        }
        if (decoder.limits().exceeds(text.length())) {
            return DecodeResult.rejected(decoder.limits().tooLarge(text.length()));
        }
        Map<String, String> rest = new LinkedHashMap<>(fields);
        rest.remove(textColumn.get());
        String url = take(rest, options.urlColumns());
        String title = take(rest, options.titleColumns());
        String date = take(rest, options.dateColumns());
        String site = take(rest, options.siteColumns());
        rest.values().removeIf(v -> v == null || v.isBlank());
        DecodeResult decoded = decoder.decode(id, text, date == null || Dates.parse(date).isPresent() ? List.of()
                : List.of(Problem.warning("date", "date '" + date + "' not understood")), true);
        return new DocumentHints(title, url, Dates.parse(date).orElse(null), site, rest).applyTo(decoded);
    }

    /** Whether a header names the text column: if not, no row of the dump can be read. */
    boolean hasTextColumn(List<String> header) {
        return header.stream().anyMatch(name -> options.textColumns().stream().anyMatch(name::equalsIgnoreCase));
    }

    private static Optional<String> column(Map<String, String> fields, List<String> names) {
        for (String name : names) {
            for (String key : fields.keySet()) {
                if (key.equalsIgnoreCase(name)) {
                    return Optional.of(key);
                }
            }
        }
        return Optional.empty();
    }

    private static String take(Map<String, String> fields, List<String> names) {
        return column(fields, names).map(fields::remove).orElse(null);
    }
}
