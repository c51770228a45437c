package org.readout.server.api;

import java.util.Map;

/**
 * An error as RFC 9457 problem details: {@code type} ends with one of the contract's codes
 * ("about:blank#not_found"), {@code title} is the status's reason phrase.
 */
public record ProblemJson(String type, String title, int status, String detail) {
    public static final String CONTENT_TYPE = "application/problem+json";

    private static final Map<Integer, String> TITLES = Map.of(400, "Bad Request", 401, "Unauthorized", 403, "Forbidden",
            404, "Not Found", 405, "Method Not Allowed", 413, "Content Too Large", 415, "Unsupported Media Type",
            422, "Unprocessable Content", 500, "Internal Server Error");
    private static final Map<Integer, String> CODES = Map.of(400, "bad_request", 401, "unauthorized", 403, "forbidden",
            404, "not_found", 405, "method_not_allowed", 413, "payload_too_large", 415, "unsupported_media_type",
            422, "unprocessable", 500, "internal");

    public static ProblemJson of(int status, String code, String detail) {
        return new ProblemJson("about:blank#" + code, TITLES.getOrDefault(status, "Error"), status, detail);
    }

    /** For a status the API does not raise itself (Javalin's own answers): the contract's code, else "internal". */
    public static ProblemJson of(int status, String detail) {
        return of(status, CODES.getOrDefault(status, "internal"), detail);
    }
}
