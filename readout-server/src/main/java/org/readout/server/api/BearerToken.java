package org.readout.server.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * The ingest token a request must present as {@code Authorization: Bearer TOKEN}. Digests are
 * compared, in constant time, so that neither the token's content nor its length leaks through timing.
 */
final class BearerToken {
    private static final String SCHEME = "bearer ";
    private final byte[] digest;

    BearerToken(String token) {
        this.digest = sha256(token);
    }

    boolean accepts(String authorization) {
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
            return false;
        }
        return MessageDigest.isEqual(digest, sha256(authorization.substring(SCHEME.length()).strip()));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
