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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.ConcurrentHashMap;
import org.readout.extract.internal.Background;
import org.readout.extract.text.Fold;

/**
 * Reads the knowledge files: a user's directory first (a file there replaces the bundled one of
 * the same name), then the files bundled under {@code readout/knowledge/}.
 */
public final class KnowledgeLoader {
    static final String BUNDLE = "readout/knowledge/";
    /** The files in the order the hash takes them, whichever thread read them first. */
    private static final List<String> FILES = List.of("countries.tsv", "metonyms.tsv", "cities.tsv", "city-aliases.tsv",
            "officials.tsv", "offices.tsv", "outlets.tsv", "titles.tsv", "topics.tsv", "taxonomy.json", "kind-cues.tsv",
            "predicates.tsv", "verb-forms.tsv", "function-words.tsv", "not-names.tsv", "gatherings.tsv");
    private final Path overrides;
    private final Map<String, byte[]> read = new ConcurrentHashMap<>();

    private KnowledgeLoader(Path overrides) {
        this.overrides = overrides;
    }

    /** Loads all knowledge; {@code overrides} may be null. */
    public static Knowledge load(Path overrides) {
        return new KnowledgeLoader(overrides).loadAll();
    }

    // The gazetteer (25,000 cities) takes as long as all the other files together, so it loads beside them.
    private Knowledge loadAll() {
        Background<Gazetteer> gazetteer = Background.start(() -> Gazetteer.from(table("cities.tsv"), table("city-aliases.tsv")));
        Countries countries = Countries.from(table("countries.tsv"), table("metonyms.tsv"));
        Titles titles = new Titles(table("titles.tsv"));
        Offices offices = new Offices(table("offices.tsv"), countries);
        Officials officials = Officials.from(table("officials.tsv"), offices, titles);
        Outlets outlets = Outlets.from(table("outlets.tsv"));
        TopicLexicon topics = new TopicLexicon(table("topics.tsv"), read("taxonomy.json"), "taxonomy.json");
        KindCues kindCues = new KindCues(table("kind-cues.tsv"));
        Predicates predicates = new Predicates(table("predicates.tsv"), new VerbForms(table("verb-forms.tsv")));
        FunctionWords functionWords = new FunctionWords(table("function-words.tsv"));
        Set<String> notNames = table("not-names.tsv").rows().stream().map(r -> Fold.key(r.get("word"))).collect(Collectors.toUnmodifiableSet());
        GatheringSeats gatherings = GatheringSeats.of(table("gatherings.tsv"));
        return new Knowledge(countries, gazetteer.get(), officials, offices, outlets, titles, topics, kindCues, predicates,
                functionWords, notNames, gatherings, hash());
    }

    private String hash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String name : FILES) {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update(read.get(name));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Table table(String name) {
        return Table.parse(name, read(name));
    }

    private String read(String name) {
        byte[] bytes = overrides != null && Files.isRegularFile(overrides.resolve(name))
                ? readFile(overrides.resolve(name)) : readBundled(name);
        read.put(name, bytes);
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
