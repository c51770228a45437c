package org.readout.extract.header;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds web host names in text ("en.nhandan.vn", "https://www.gov.cn/...", the domain of an e-mail address) in
 * one pass over the characters: a host is a run of letters, digits, dots and hyphens with a dot between two
 * labels and a top-level label of letters, not in an address's path. A run longer than a host name may be is not one.
 */
final class Hosts {
    private static final int MAX_HOST_LENGTH = 253;

    private Hosts() {
    }

    /** The hosts in the text, in order, lower-cased. */
    static List<String> find(String text) {
        List<String> hosts = new ArrayList<>();
        int i = 0;
        int n = text.length();
        boolean inAddress = false;
        while (i < n) {
            char c = text.charAt(i);
            if (!isHostChar(c)) {
                inAddress &= !Character.isWhitespace(c);
                i++;
                continue;
            }
            int start = i;
            while (i < n && isHostChar(text.charAt(i))) {
                i++;
            }
            boolean localPart = i < n && text.charAt(i) == '@';
            String host = trim(text, start, i);
            if (!localPart && !inAddress && host != null) {
                hosts.add(host);
            }
            // What follows a host up to the next space is the address's path.
            inAddress = host != null && i < n && text.charAt(i) == '/';
        }
        return hosts;
    }

    private static boolean isHostChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-');
    }

    // "vietnamnews.vn." at the end of a sentence is "vietnamnews.vn"; "Beijing" is no host, nor is "3.5".
    private static String trim(String text, int start, int end) {
        while (start < end && (text.charAt(start) == '.' || text.charAt(start) == '-')) {
            start++;
        }
        while (end > start && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
            end--;
        }
        if (end - start > MAX_HOST_LENGTH) {
            return null;
        }
        int lastDot = end - 1;
        while (lastDot > start && text.charAt(lastDot) != '.') {
            lastDot--;
        }
        if (lastDot <= start || end - lastDot < 3 || text.charAt(lastDot - 1) == '.') {
            return null;
        }
        for (int k = lastDot + 1; k < end; k++) {
            if (!Character.isLetter(text.charAt(k))) {
                return null;
            }
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }
}
