package org.readout.server.api;

/**
 * A request the API refuses, with the problem JSON it answers: the status, the code that ends the
 * problem's type, and a detail for the caller.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String code;

    public ApiException(int status, String code, String detail) {
        super(detail, null, false, false); // a refusal, not a failure: no stack trace is needed
        this.status = status;
        this.code = code;
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(400, "bad_request", detail);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, "not_found", detail);
    }

    public static ApiException unavailable(String detail) {
        return new ApiException(503, "unavailable", detail);
    }

    public static ApiException unprocessable(String detail) {
        return new ApiException(422, "unprocessable", detail);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
