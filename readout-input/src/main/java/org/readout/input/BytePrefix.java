package org.readout.input;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A fixed run of bytes that a file starts with: a magic number or a byte order mark. */
record BytePrefix(byte[] bytes) {
    static BytePrefix of(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return new BytePrefix(b);
    }

    static BytePrefix ascii(String text) {
        return new BytePrefix(text.getBytes(StandardCharsets.US_ASCII));
    }

    boolean starts(byte[] input) {
        return input.length >= bytes.length && Arrays.equals(input, 0, bytes.length, bytes, 0, bytes.length);
    }

    int length() {
        return bytes.length;
    }
}
