package org.readout.input;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells an input's format from its first bytes; the file name only breaks ties (a CSV whose
 * header names no known column, a TSV). Unknown or doubtful is {@link InputFormat#DOCUMENT}.
 */
final class FormatSniffer {
    /** Enough for a tar header (its magic is at 257) and for an XML prolog before a feed's root element. */
    static final int HEAD = 8192;

    private static final BytePrefix GZIP = BytePrefix.of(0x1F, 0x8B);
    private static final BytePrefix ZIP = BytePrefix.ascii("PK\u0003\u0004");
    private static final BytePrefix EMPTY_ZIP = BytePrefix.ascii("PK\u0005\u0006");
    private static final BytePrefix PDF = BytePrefix.ascii("%PDF-");
    private static final BytePrefix WARC = BytePrefix.ascii("WARC/");
    private static final int TAR_MAGIC_AT = 257;
    /** The XML prolog (declaration, comments, processing instructions, doctype) and then the root element's name. */
    private static final Pattern XML_ROOT = Pattern.compile(
            "^(?:\\s++|<\\?[^>]*+>|<!--(?:[^-]++|-(?!->))*+-->|<!DOCTYPE[^\\[>]*+(?:\\[[^\\]]*+\\])?\\s*+>)*+<([A-Za-z_][\\w.:-]*+)");

    private FormatSniffer() {
    }

    static InputFormat sniff(byte[] head, String fileName, InputOptions options) {
        if (GZIP.starts(head)) {
            return InputFormat.GZIP;
        }
        if (ZIP.starts(head) || EMPTY_ZIP.starts(head)) {
            return InputFormat.ZIP;
        }
        if (PDF.starts(head)) {
            return InputFormat.PDF;
        }
        if (WARC.starts(head)) {
            return InputFormat.WARC;
        }
        if (isTar(head)) {
            return InputFormat.TAR;
        }
        String text = asText(head);
        if (text.startsWith("{")) {
            return InputFormat.JSON_LINES;
        }
        if (isFeed(text)) {
            return InputFormat.FEED;
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".tsv") || headerNamesATextColumn(text, options.textColumns())) {
            return InputFormat.CSV;
        }
        return InputFormat.DOCUMENT;
    }

    /** A POSIX ("ustar\0") or old GNU ("ustar  ") tar header. */
    private static boolean isTar(byte[] head) {
        return head.length > TAR_MAGIC_AT + 5
                && new String(head, TAR_MAGIC_AT, 5, StandardCharsets.US_ASCII).equals("ustar");
    }

    /** The head as text, without a UTF-8 BOM or leading white space; enough to look at its syntax. */
    private static String asText(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        return (text.startsWith("\uFEFF") ? text.substring(1) : text).stripLeading();
    }

    private static boolean isFeed(String text) {
        Matcher m = XML_ROOT.matcher(text);
        if (!m.find()) {
            return false;
        }
        String root = m.group(1);
        return root.equals("rss") || root.equals("feed") || root.endsWith(":feed") || root.equals("rdf:RDF");
    }

    /** A first line whose comma-, tab- or semicolon-separated fields include a text column's name. */
    private static boolean headerNamesATextColumn(String text, List<String> textColumns) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        for (String field : header.split("[,\\t;]", -1)) {
            String name = field.strip();
            if (name.length() > 1 && name.startsWith("\"") && name.endsWith("\"")) {
                name = name.substring(1, name.length() - 1);
            }
            for (String column : textColumns) {
                if (column.equalsIgnoreCase(name) && !name.equals(header.strip())) {
                    return true;
                }
            }
        }
        return false;
    }
}
