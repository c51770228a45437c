package org.readout.server.api;

import java.util.Map;

/**
 * An error as RFC 9457 problem details: {@code type} ends with one of the contract's codes
 * ("about:blank#not_found"), {@code title} is the status's reason phrase.
 */
public record ProblemJson(String type, String title, int status, String detail) {
    public static final String CONTENT_TYPE = "application/problem+json";

    private static final Map<Integer, String> TITLES = Map.ofEntries(Map.entry(400, "Bad Request"),
            Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"), Map.entry(408, "Request Timeout"), Map.entry(413, "Content Too Large"),
            Map.entry(414, "URI Too Long"), Map.entry(415, "Unsupported Media Type"), Map.entry(422, "Unprocessable Content"),
            Map.entry(431, "Request Header Fields Too Large"), Map.entry(500, "Internal Server Error"),
            Map.entry(503, "Service Unavailable"));
    private static final Map<Integer, String> CODES = Map.ofEntries(Map.entry(400, "bad_request"),
            Map.entry(401, "unauthorized"), Map.entry(403, "forbidden"), Map.entry(404, "not_found"),
            Map.entry(405, "method_not_allowed"), Map.entry(408, "request_timeout"), Map.entry(413, "payload_too_large"),
            Map.entry(414, "uri_too_long"), Map.entry(415, "unsupported_media_type"), Map.entry(422, "unprocessable"),
            Map.entry(431, "headers_too_large"), Map.entry(500, "internal"), Map.entry(503, "unavailable"));

    public static ProblemJson of(int status, String code, String detail) {
        return new ProblemJson("about:blank#" + code, TITLES.getOrDefault(status, "Error"), status, detail);
    }

    /** For a status the API does not raise itself (Javalin's own answers): the contract's code, else "internal". */
    public static ProblemJson of(int status, String detail) {
        return of(status, CODES.getOrDefault(status, "internal"), detail);
    }
}
