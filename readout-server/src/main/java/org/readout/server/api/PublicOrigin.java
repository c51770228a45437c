package org.readout.server.api;

import java.util.Locale;

/**
 * A document's origin as answers show it. The store keeps where a document was read from as the
 * ingest was given it, often an absolute path on the server; callers see the file's name (and the
 * entry inside a container, "feeds.zip!/a.xml"), never the server's folders. A web address, as an
 * ingest over HTTP keeps, is shown whole.
 */
final class PublicOrigin {
    private static final String ENTRY = "!/";

    private PublicOrigin() {
    }

    static String of(String origin) {
        if (origin == null || isWebAddress(origin)) {
            return origin;
        }
        int entry = origin.indexOf(ENTRY);
        String file = entry < 0 ? origin : origin.substring(0, entry);
        String inside = entry < 0 ? "" : origin.substring(entry);
        int folder = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')); // a path written on Windows too
        return file.substring(folder + 1) + inside;
    }

    private static boolean isWebAddress(String origin) {
        String lower = origin.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }
}
