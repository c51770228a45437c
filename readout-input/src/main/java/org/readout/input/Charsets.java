package org.readout.input;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Charset names as pages and guessers write them, mapped to what Java should decode with. */
final class Charsets {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Charsets() {
    }

    /** The charset of that name, if the name is legal and this JVM has it. */
    static Optional<Charset> named(String name) {
        try {
            return name != null && Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
        } catch (IllegalCharsetNameException e) {
            return Optional.empty();
        }
    }

    /**
     * The WHATWG rule: text labelled Latin-1 or ASCII is read as windows-1252, which agrees with
     * Latin-1 on every printable character and also has the curly quotes and dashes Latin-1 lacks.
     */
    static Charset widen(Charset charset) {
        boolean narrow = charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII);
        return narrow ? WINDOWS_1252 : charset;
    }
}
