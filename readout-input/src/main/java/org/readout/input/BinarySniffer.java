package org.readout.input;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Recognises inputs that are not text: known file signatures, NUL characters, or mostly control characters. */
final class BinarySniffer {
    private record Signature(String what, BytePrefix prefix) {
    }

    private static final List<Signature> SIGNATURES = List.of(
            new Signature("PDF document", BytePrefix.ascii("%PDF-")),
            new Signature("ZIP archive or Office document", BytePrefix.ascii("PK\u0003\u0004")),
            new Signature("ZIP archive", BytePrefix.ascii("PK\u0005\u0006")),
            new Signature("gzip archive", BytePrefix.of(0x1F, 0x8B)),
            new Signature("PNG image", BytePrefix.of(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)),
            new Signature("JPEG image", BytePrefix.of(0xFF, 0xD8, 0xFF)),
            new Signature("GIF image", BytePrefix.ascii("GIF87a")),
            new Signature("GIF image", BytePrefix.ascii("GIF89a")),
            new Signature("ELF executable", BytePrefix.of(0x7F, 'E', 'L', 'F')),
            new Signature("Java class file", BytePrefix.of(0xCA, 0xFE, 0xBA, 0xBE)),
            new Signature("legacy Office document", BytePrefix.of(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)));

    /** Real text has next to no control characters; random bytes read as windows-1252 have about 11%. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    private BinarySniffer() {
    }

    /** The kind of file the bytes start like, if it is a known binary format. */
    static Optional<String> knownFormat(byte[] bytes) {
        return SIGNATURES.stream().filter(s -> s.prefix().starts(bytes)).map(Signature::what).findFirst();
    }

    /**
     * A stray NUL or two (a bad copy, a padded end) in text is dropped; more than this share of
     * them means a binary format whose signature we do not know.
     */
    private static final double MAX_NUL_SHARE = 0.01;

    /**
     * Why decoded text is not text after all: mostly control characters, or NULs beyond a stray
     * few. A NUL survives decoding only where the bytes were not UTF-16 or UTF-32.
     */
    static Optional<String> nonText(String text) {
        long nuls = nuls(text);
        long controls = text.chars().filter(BinarySniffer::isControl).count() - nuls;
        double share = (double) controls / Math.max(1, text.length());
        if (nuls > Math.max(2, text.length() * MAX_NUL_SHARE) || nuls > 0 && share > MAX_CONTROL_SHARE) {
            return Optional.of("NUL bytes");
        }
        return share > MAX_CONTROL_SHARE
                ? Optional.of(String.format(Locale.ROOT, "%.0f%% control characters", share * 100))
                : Optional.empty();
    }

    static long nuls(String text) {
        return text.indexOf('\u0000') < 0 ? 0 : text.chars().filter(c -> c == 0).count();
    }

    private static boolean isControl(int c) {
        return Character.getType(c) == Character.CONTROL && "\t\n\r\f\u000B".indexOf(c) < 0;
    }
}
