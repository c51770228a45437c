package org.readout.model;

import java.util.Objects;

/** Something wrong with an input that the caller should hear about; extraction goes on where it can. */
public record Problem(Severity severity, String code, String message) {
    public enum Severity { WARNING, ERROR }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public static Problem warning(String code, String message) {
        return new Problem(Severity.WARNING, code, message);
    }

    public static Problem error(String code, String message) {
        return new Problem(Severity.ERROR, code, message);
    }
}
