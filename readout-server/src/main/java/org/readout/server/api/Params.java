package org.readout.server.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.readout.extract.knowledge.TaxonomyIds;
import org.readout.model.StatementKind;
import org.readout.store.Store;

/** Query parameters read and checked: a bad value is a 400 that names the parameter. */
public final class Params {
    private Params() {
    }

    /** The parameter stripped; null when absent or blank. */
    public static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static String required(Context ctx, String name) {
        String value = text(ctx, name);
        if (value == null) {
            throw ApiException.badRequest("the parameter '" + name + "' is required");
        }
        return value;
    }

    public static int integer(Context ctx, String name, int fallback) {
        String value = text(ctx, name);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a whole number, was '" + value + "'");
        }
    }

    /** An ISO day, YYYY-MM-DD. */
    public static LocalDate date(Context ctx, String name) {
        String value = text(ctx, name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + " must be a day as YYYY-MM-DD, was '" + value + "'");
        }
    }

    /** A country's alpha-3 code from a code or name, as the store resolves it. */
    public static String country(Context ctx, Store store, String name) {
        return code(store, text(ctx, name));
    }

    /** The two sides of a relationship, each resolved to its code; one country given twice is a bad request. */
    static List<String> sides(Store store, String one, String other) {
        String a = code(store, one);
        String b = code(store, other);
        if (a.equals(b)) {
            throw ApiException.badRequest("a relationship is between two different countries, not " + a + " and itself");
        }
        return List.of(a, b);
    }

    /** Countries given as repeated parameters, comma-separated, or both; each resolved to its code. */
    public static List<String> countries(Context ctx, Store store, String name) {
        return ctx.queryParams(name).stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                .filter(s -> !s.isEmpty()).map(s -> code(store, s)).distinct().toList();
    }

    /** Two countries, comma-separated (or the parameter repeated); null when absent. */
    public static List<String> pair(Context ctx, Store store, String name) {
        List<String> pair = countries(ctx, store, name);
        if (pair.isEmpty()) {
            return null;
        }
        if (pair.size() != 2) {
            throw ApiException.badRequest(name + " must name two different countries, as A,B");
        }
        return pair;
    }

    /** A topic id of the taxonomy; an unknown one is a 400 naming the valid ids, not an empty answer. */
    public static String topic(Context ctx, String name) {
        String value = text(ctx, name);
        if (value != null && !TaxonomyIds.BUNDLED.contains(value)) {
            throw ApiException.badRequest("unknown " + name + " '" + value + "': one of " + String.join(", ", TaxonomyIds.BUNDLED));
        }
        return value;
    }

    /** A statement kind in the spec's lower case ("commitment"). */
    public static StatementKind kind(Context ctx, String name) {
        return choice(ctx, name, StatementKind.class);
    }

    /** One of an enum's constants, named in any case; null when absent. */
    public static <E extends Enum<E>> E choice(Context ctx, String name, Class<E> type) {
        String value = text(ctx, name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(name + " must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + ", was '" + value + "'");
        }
    }

    /** A country's alpha-3 code from a code or name; an unknown one is a 400 naming the store's countries. */
    static String code(Store store, String codeOrName) {
        try {
            return store.countryCode(codeOrName);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }
}
