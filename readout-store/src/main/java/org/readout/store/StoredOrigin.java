package org.readout.store;

import java.util.regex.Pattern;

/**
 * Where a document was read from, as the store keeps it: a web address or a relative path as
 * given, but a local absolute path ({@code /home/someone/corpus/a.txt}, {@code C:\data\a.txt},
 * {@code file:...}) only by its file name and the entry inside a container
 * ({@code feeds.zip!/mfa.xml#3}), so that no export or answer shows the folders of whoever ingested
 * it. Migration V6 rewrites older stores by the same rule.
 */
final class StoredOrigin {
    private static final Pattern LOCAL_ABSOLUTE = Pattern.compile("^(/|~|\\\\|[A-Za-z]:[\\\\/]|file:)", Pattern.CASE_INSENSITIVE);
    private static final String ENTRY = "!/";

    private StoredOrigin() {
    }

    static String of(String origin) {
        if (origin == null || !LOCAL_ABSOLUTE.matcher(origin).find()) {
            return origin;
        }
        int entry = origin.indexOf(ENTRY);
        String file = entry < 0 ? origin : origin.substring(0, entry);
        int folder = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(folder + 1) + (entry < 0 ? "" : origin.substring(entry));
    }
}
