package org.readout.input;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The byte order marks that name a Unicode encoding. UTF-32 LE comes before UTF-16 LE, whose mark it starts with. */
final class ByteOrderMark {
    private record Mark(Charset charset, BytePrefix prefix) {
    }

    private static final List<Mark> MARKS = List.of(
            new Mark(StandardCharsets.UTF_8, BytePrefix.of(0xEF, 0xBB, 0xBF)),
            new Mark(Charset.forName("UTF-32BE"), BytePrefix.of(0x00, 0x00, 0xFE, 0xFF)),
            new Mark(Charset.forName("UTF-32LE"), BytePrefix.of(0xFF, 0xFE, 0x00, 0x00)),
            new Mark(StandardCharsets.UTF_16BE, BytePrefix.of(0xFE, 0xFF)),
            new Mark(StandardCharsets.UTF_16LE, BytePrefix.of(0xFF, 0xFE)));

    private ByteOrderMark() {
    }

    static Optional<CharsetDetector.Detection> of(byte[] input) {
        return MARKS.stream()
                .filter(m -> m.prefix().starts(input))
                .findFirst()
                .map(m -> new CharsetDetector.Detection(m.charset(), m.prefix().length(), "byte order mark"));
    }
}
