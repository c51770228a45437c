package org.readout.extract.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads the knowledge files: a user's directory first (a file there replaces the bundled one of
 * the same name), then the files bundled under {@code readout/knowledge/}.
 */
public final class KnowledgeLoader {
    static final String BUNDLE = "readout/knowledge/";
    private final Path overrides;
    private final MessageDigest digest;

    private KnowledgeLoader(Path overrides) {
        this.overrides = overrides;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads all knowledge; {@code overrides} may be null. */
    public static Knowledge load(Path overrides) {
        return new KnowledgeLoader(overrides).loadAll();
    }

    private Knowledge loadAll() {
        Countries countries = Countries.from(table("countries.tsv"));
        Gazetteer gazetteer = Gazetteer.from(table("cities.tsv"), table("city-aliases.tsv"));
        Officials officials = Officials.from(table("officials.tsv"));
        Outlets outlets = Outlets.from(table("outlets.tsv"));
        Titles titles = new Titles(table("titles.tsv"));
        TopicLexicon topics = new TopicLexicon(table("topics.tsv"), read("taxonomy.json"), "taxonomy.json");
        return new Knowledge(countries, gazetteer, officials, outlets, titles, topics,
                HexFormat.of().formatHex(digest.digest()));
    }

    private Table table(String name) {
        return Table.parse(name, read(name));
    }

    private String read(String name) {
        byte[] bytes = overrides != null && Files.isRegularFile(overrides.resolve(name))
                ? readFile(overrides.resolve(name)) : readBundled(name);
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] readFile(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new KnowledgeException(path.toString(), "cannot read", e);
        }
    }

    private static byte[] readBundled(String name) {
        try (InputStream in = KnowledgeLoader.class.getClassLoader().getResourceAsStream(BUNDLE + name)) {
            if (in == null) {
                throw new KnowledgeException(BUNDLE + name, 0, "missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
