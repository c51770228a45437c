import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.readout.extract.knowledge.Knowledge;
import org.readout.extract.knowledge.KindCues;
import org.readout.extract.knowledge.KnowledgeLoader;
import org.readout.extract.statement.KindClassifier;
import org.readout.extract.topic.TopicClassifier;
import org.readout.model.StatementKind;

/**
 * Measures the statement classifiers in isolation on the gold statements of ../shared: kind
 * accuracy and topic precision/recall/F1, per corpus.
 *
 * usage: java -cp "$(tools/statements/classpath.sh)" tools/statements/StatementLab.java eval [SHARED_DIR] [ERRORS_FILE]
 */
public final class StatementLab {
    /** One gold statement with the document and corpus it comes from. */
    record Gold(String corpus, String doc, String text, String speaker, boolean byBoth, StatementKind kind, Set<String> topics) {
    }

    /** What the caller gives the kind classifier: the reporting verb as written and the words after it. */
    record Frame(String verb, String clause) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");

    private static final Set<String> SUBJECT_WORDS = Set.of("he", "she", "they", "we", "i", "side", "sides", "leaders", "ministers",
            "minister", "president", "premier", "parties", "countries", "secretary", "chancellor", "both", "also", "further",
            "once", "again", "then", "jointly", "all");

    public static void main(String[] args) throws IOException {
        String command = args.length > 0 ? args[0] : "eval";
        Path shared = Path.of(args.length > 1 ? args[1] : "../shared");
        Path errors = args.length > 2 ? Path.of(args[2]) : null;
        Map<String, List<Gold>> corpora = new LinkedHashMap<>();
        corpora.put("corpus", load(shared.resolve("corpus/gold"), "corpus"));
        corpora.put("wide", load(shared.resolve("corpus-wide/gold-full"), "wide"));
        if (!command.equals("eval")) {
            throw new IllegalArgumentException("unknown command " + command);
        }
        Knowledge knowledge = KnowledgeLoader.load(null);
        KindClassifier kinds = new KindClassifier(knowledge.kindCues());
        TopicClassifier topics = new TopicClassifier(knowledge.topics());
        java.lang.reflect.Method old = null;
        Object oldKinds = null;
        if (System.getProperty("old") != null) {
            try {
                Class<?> c = Class.forName("org.readout.extract.statement.KindClassifierOld");
                oldKinds = c.getConstructor().newInstance();
                old = c.getMethod("classify", String.class, String.class, boolean.class);
            } catch (ReflectiveOperationException x) {
                throw new IllegalStateException(x);
            }
        }
        try (PrintWriter log = errors == null ? null : new PrintWriter(Files.newBufferedWriter(errors))) {
            for (var e : corpora.entrySet()) {
                int right = 0;
                Map<StatementKind, Map<StatementKind, Integer>> confusion = new EnumMap<>(StatementKind.class);
                long tp = 0, fp = 0, fn = 0;
                for (Gold g : e.getValue()) {
                    Frame f = frame(knowledge.kindCues(), g.text());
                    StatementKind k;
                    if (old != null) {
                        try {
                            k = (StatementKind) old.invoke(oldKinds, f.verb(), f.clause(), g.byBoth());
                        } catch (ReflectiveOperationException x) {
                            throw new IllegalStateException(x);
                        }
                    } else {
                        k = kinds.classify(g.text(), f.verb(), f.clause(), g.byBoth());
                    }
                    confusion.computeIfAbsent(g.kind(), x -> new EnumMap<>(StatementKind.class)).merge(k, 1, Integer::sum);
                    if (k == g.kind()) {
                        right++;
                    } else if (log != null) {
                        log.printf("KIND %s %s gold=%s got=%s verb=%s both=%s | %s%n", g.corpus(), g.doc(), g.kind(), k, f.verb(),
                                g.byBoth(), g.text());
                    }
                    Set<String> got = new TreeSet<>(topics.topicsOf(g.text()));
                    Set<String> inter = new HashSet<>(got);
                    inter.retainAll(g.topics());
                    tp += inter.size();
                    fp += got.size() - inter.size();
                    fn += g.topics().size() - inter.size();
                    if (log != null && !got.equals(g.topics())) {
                        Set<String> miss = new TreeSet<>(g.topics());
                        miss.removeAll(got);
                        Set<String> extra = new TreeSet<>(got);
                        extra.removeAll(g.topics());
                        log.printf("TOPIC %s %s missed=%s extra=%s | %s%n", g.corpus(), g.doc(), miss, extra, g.text());
                    }
                }
                int n = e.getValue().size();
                double p = tp / (double) (tp + fp), r = tp / (double) (tp + fn);
                System.out.printf(Locale.ROOT, "%-7s statements %3d | kind %.3f | stmt topics P %.3f R %.3f F1 %.3f%n", e.getKey(), n,
                        right / (double) n, p, r, 2 * p * r / (p + r));
                if (log != null) {
                    log.println("CONFUSION " + e.getKey() + " (gold -> got) " + confusion);
                }
            }
        }
    }

    /**
     * The reporting verb as the caller would find it: the first verb of kind-cues.tsv with a subject right
     * before it (a name, a pronoun, "the two sides"), or at the sentence's end ("..., Wang said."); its lemma and the
     * words after it, or the sentence where those are fewer than three.
     */
    static Frame frame(KindCues cues, String sentence) {
        Matcher m = WORD.matcher(sentence);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        for (int i = 1; i < spans.size(); i++) {
            String w = sentence.substring(spans.get(i)[0], spans.get(i)[1]);
            String lower = w.toLowerCase(Locale.ROOT);
            if (lower.endsWith("ing") || Character.isUpperCase(w.charAt(0)) || cues.verbsOf(lower).isEmpty()) {
                continue;
            }
            int b = i - 1;
            while (b > 0 && sentence.substring(spans.get(b)[0], spans.get(b)[1]).endsWith("ly")) {
                b--; // "Vietnam firmly supports"
            }
            String before = sentence.substring(spans.get(b)[0], spans.get(b)[1]);
            boolean subject = Character.isUpperCase(before.charAt(0)) || SUBJECT_WORDS.contains(before.toLowerCase(Locale.ROOT));
            if (!subject) {
                continue;
            }
            int end = spans.get(i)[1];
            KindCues.Verb verb = null;
            for (KindCues.Verb v : cues.verbsOf(lower)) {
                List<String> particles = v.particles();
                boolean match = i + particles.size() < spans.size();
                for (int k = 0; match && k < particles.size(); k++) {
                    int[] sp = spans.get(i + 1 + k);
                    match = sentence.substring(sp[0], sp[1]).equalsIgnoreCase(particles.get(k));
                }
                if (match && (verb == null || particles.size() > verb.particles().size())) {
                    verb = v;
                }
            }
            if (verb == null) {
                continue;
            }
            if (!verb.particles().isEmpty()) {
                end = spans.get(i + verb.particles().size())[1];
            }
            String clause = sentence.substring(end);
            return new Frame(verb.lemma(), clause.strip().split("\\s+").length < 3 ? sentence : clause);
        }
        return new Frame(null, sentence);
    }

    static List<Gold> load(Path dir, String corpus) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Gold> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode record = json.readTree(f.toFile());
                for (JsonNode s : record.path("statements")) {
                    Set<String> topics = new TreeSet<>();
                    s.path("topics").forEach(t -> topics.add(t.asText()));
                    out.add(new Gold(corpus, record.path("doc").asText(), s.path("text").asText(), s.path("speaker").asText(),
                            "both".equals(s.path("speaker").asText()),
                            StatementKind.valueOf(s.path("kind").asText().toUpperCase(Locale.ROOT)), topics));
                }
            }
        }
        return out;
    }
}
