import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
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
import org.readout.extract.label.RelationshipLabelFinder;
import org.readout.extract.text.Fold;
import org.readout.extract.text.Sentence;
import org.readout.extract.text.SentenceSplitter;
import org.readout.model.Span;
import org.readout.model.Statement;
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

    /** One gold document: its text, its statements, its topics and relationship labels. */
    record GoldDoc(String corpus, String doc, String text, List<Gold> statements, Set<String> topics, List<String> labels) {
    }

    /** True and false positives and false negatives. */
    static final class Counts {
        long tp, fp, fn;

        void add(Collection<String> gold, Collection<String> got) {
            Set<String> inter = new HashSet<>(got);
            inter.retainAll(gold);
            tp += inter.size();
            fp += got.size() - inter.size();
            fn += gold.size() - inter.size();
        }

        String prf() {
            double p = tp / (double) Math.max(1, tp + fp), r = tp / (double) Math.max(1, tp + fn);
            return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f", p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
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
        Map<String, List<GoldDoc>> docs = new LinkedHashMap<>();
        docs.put("corpus", load(shared.resolve("corpus"), "gold", "corpus"));
        docs.put("wide", load(shared.resolve("corpus-wide"), "gold-full", "wide"));
        Map<String, List<Gold>> corpora = new LinkedHashMap<>();
        docs.forEach((c, list) -> corpora.put(c, list.stream().flatMap(d -> d.statements().stream()).toList()));
        if (command.equals("kindml")) {
            Knowledge knowledge = KnowledgeLoader.load(null);
            kindExperiment(corpora, knowledge.kindCues(), new KindClassifier(knowledge.kindCues()));
            return;
        }
        if (command.equals("topicml")) {
            Knowledge knowledge = KnowledgeLoader.load(null);
            topicExperiment(corpora, new TopicClassifier(knowledge.topics(), knowledge.titles()));
            return;
        }
        if (command.equals("speed")) {
            Knowledge knowledge = KnowledgeLoader.load(null);
            KindClassifier kinds = new KindClassifier(knowledge.kindCues());
            TopicClassifier topics = new TopicClassifier(knowledge.topics(), knowledge.titles());
            List<Gold> all = new ArrayList<>();
            corpora.values().forEach(all::addAll);
            List<Frame> frames = all.stream().map(g -> frame(knowledge.kindCues(), g.text())).toList();
            long sink = 0;
            for (int round = 0; round < 2; round++) { // the first round warms the JIT up
                long kindNanos = 0, topicNanos = 0;
                for (int rep = 0; rep < 100; rep++) {
                    long t0 = System.nanoTime();
                    for (int i = 0; i < all.size(); i++) {
                        sink += kinds.classify(all.get(i).text(), frames.get(i).verb(), frames.get(i).clause(), all.get(i).byBoth()).ordinal();
                    }
                    long t1 = System.nanoTime();
                    for (Gold g : all) {
                        sink += topics.topicsOf(g.text()).size();
                    }
                    kindNanos += t1 - t0;
                    topicNanos += System.nanoTime() - t1;
                }
                System.out.printf(Locale.ROOT, "per sentence: kind %.4f ms, topics %.4f ms (%d)%n", kindNanos / 1e6 / (100.0 * all.size()),
                        topicNanos / 1e6 / (100.0 * all.size()), sink % 7);
            }
            return;
        }
        if (command.equals("kind")) { // kind SHARED "sentence" [verb] [clause] [both]
            Knowledge knowledge = KnowledgeLoader.load(null);
            String sentence = args[2];
            String verb = args.length > 3 && !args[3].equals("-") ? args[3] : null;
            String clause = args.length > 4 && !args[4].equals("-") ? args[4] : sentence;
            boolean both = args.length > 5 && args[5].equals("both");
            System.out.println(new KindClassifier(knowledge.kindCues()).classify(sentence, verb, clause, both));
            return;
        }
        if (command.equals("isstatement")) {
            Knowledge knowledge = KnowledgeLoader.load(null);
            statementExperiment(docs, knowledge.kindCues(), new KindClassifier(knowledge.kindCues()),
                    new TopicClassifier(knowledge.topics(), knowledge.titles()));
            return;
        }
        if (command.equals("phrases")) {
            phrases(corpora, Path.of(args.length > 2 ? args[2] : "readout-extract/src/main/resources/readout/knowledge/topics.tsv"));
            return;
        }
        if (!command.equals("eval")) {
            throw new IllegalArgumentException("unknown command " + command);
        }
        Knowledge knowledge = KnowledgeLoader.load(null);
        KindClassifier kinds = new KindClassifier(knowledge.kindCues());
        TopicClassifier topics = new TopicClassifier(knowledge.topics(), knowledge.titles());
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
                documents(e.getKey(), docs.get(e.getKey()), topics, log, knowledge.kindCues(),
                        System.getProperty("pipeline") == null ? null : org.readout.extract.Readout.create());
            }
        }
    }

    /**
     * The reporting verb as the caller would find it: the first verb of kind-cues.tsv with a subject right
     * before it (a name, a pronoun, "the two sides"), or at the sentence's end ("..., Wang said."); its lemma and the
     * words after it, or the sentence where those are fewer than three.
     */
    /** Features of a statement for a learned kind model: the rules' answer, the verb's class, the clause's first words. */
    static String[] kindFeatures(Gold g, KindCues cues, KindClassifier rules, String mode) {
        Frame f = frame(cues, g.text());
        List<String> out = new ArrayList<>();
        StatementKind rule = rules.classify(g.text(), f.verb(), f.clause(), g.byBoth());
        if (!mode.contains("norule")) {
            out.add("rule=" + rule);
        }
        out.add("both=" + g.byBoth());
        KindCues.Verb v = f.verb() == null ? null : cues.verb(f.verb());
        out.add("act=" + (v == null ? "none" : v.act()));
        if (v != null) {
            out.add("lemma=" + v.lemma());
        }
        Matcher m = WORD.matcher(f.clause());
        int i = 0;
        while (m.find() && i < (mode.contains("words") ? 12 : 0)) {
            String w = m.group().toLowerCase(Locale.ROOT);
            out.add("w=" + w);
            if (i < 4) {
                out.add("w" + i + "=" + w);
            }
            i++;
        }
        return out.toArray(String[]::new);
    }

    static opennlp.tools.ml.model.MaxentModel trainKind(List<Gold> train, KindCues cues, KindClassifier rules, String mode)
            throws IOException {
        List<opennlp.tools.ml.model.Event> events = new ArrayList<>();
        for (Gold g : train) {
            events.add(new opennlp.tools.ml.model.Event(g.kind().name(), kindFeatures(g, cues, rules, mode)));
        }
        opennlp.tools.util.TrainingParameters params = new opennlp.tools.util.TrainingParameters();
        params.put(opennlp.tools.util.TrainingParameters.ALGORITHM_PARAM, mode.contains("nb") ? "NAIVEBAYES" : "MAXENT");
        params.put(opennlp.tools.util.TrainingParameters.ITERATIONS_PARAM, 200);
        params.put(opennlp.tools.util.TrainingParameters.CUTOFF_PARAM, 1);
        var trainer = opennlp.tools.ml.TrainerFactory.getEventTrainer(params, null);
        return trainer.train(opennlp.tools.util.ObjectStreamUtils.createObjectStream(events));
    }

    static double accuracy(List<Gold> test, opennlp.tools.ml.model.MaxentModel model, KindCues cues, KindClassifier rules, String mode) {
        int right = 0;
        for (Gold g : test) {
            String best = model == null ? null : model.getBestOutcome(model.eval(kindFeatures(g, cues, rules, mode)));
            if (model == null) {
                Frame f = frame(cues, g.text());
                best = rules.classify(g.text(), f.verb(), f.clause(), g.byBoth()).name();
            }
            right += best.equals(g.kind().name()) ? 1 : 0;
        }
        return right / (double) test.size();
    }

    /** Rules against learned models: five-fold cross-validation that holds out whole documents, and corpus to wide. */
    static void kindExperiment(Map<String, List<Gold>> corpora, KindCues cues, KindClassifier rules) throws IOException {
        List<Gold> all = new ArrayList<>();
        corpora.values().forEach(all::addAll);
        List<String> docs = all.stream().map(g -> g.corpus() + "/" + g.doc()).distinct().sorted().toList();
        for (String mode : List.of("rules", "maxent", "maxent-words", "maxent-norule-words", "nb-words", "nb-norule-words")) {
            double cvRight = 0;
            int folds = 5;
            for (int k = 0; k < folds; k++) {
                Set<String> held = new HashSet<>();
                for (int d = 0; d < docs.size(); d++) {
                    if (Math.floorMod(docs.get(d).hashCode(), folds) == k) {
                        held.add(docs.get(d));
                    }
                }
                List<Gold> train = all.stream().filter(g -> !held.contains(g.corpus() + "/" + g.doc())).toList();
                List<Gold> test = all.stream().filter(g -> held.contains(g.corpus() + "/" + g.doc())).toList();
                var model = mode.equals("rules") ? null : trainKind(train, cues, rules, mode);
                cvRight += accuracy(test, model, cues, rules, mode) * test.size();
            }
            var model = mode.equals("rules") ? null : trainKind(corpora.get("corpus"), cues, rules, mode);
            System.out.printf(Locale.ROOT, "%-22s grouped 5-fold CV %.3f | corpus -> wide %.3f%n", mode, cvRight / all.size(),
                    accuracy(corpora.get("wide"), model, cues, rules, mode));
        }
    }

    /** Words of a statement, and the lexicon's topics unless {@code words} alone. */
    static String[] topicFeatures(Gold g, TopicClassifier lexicon, boolean withLexicon) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(g.text());
        while (m.find()) {
            out.add("w=" + m.group().toLowerCase(Locale.ROOT));
        }
        if (withLexicon) {
            lexicon.topicsOf(g.text()).forEach(t -> out.add("lex=" + t));
        }
        out.add("bias");
        return out.toArray(String[]::new);
    }

    /** One yes/no maxent model per topic, trained on {@code train}; the topics each test statement gets. */
    static Map<Gold, Set<String>> learnedTopics(List<Gold> train, List<Gold> test, TopicClassifier lexicon, boolean withLexicon)
            throws IOException {
        Set<String> ids = new TreeSet<>();
        train.forEach(g -> ids.addAll(g.topics()));
        Map<Gold, Set<String>> out = new java.util.IdentityHashMap<>();
        test.forEach(g -> out.put(g, new TreeSet<>()));
        for (String id : ids) {
            List<opennlp.tools.ml.model.Event> events = new ArrayList<>();
            for (Gold g : train) {
                events.add(new opennlp.tools.ml.model.Event(g.topics().contains(id) ? "yes" : "no", topicFeatures(g, lexicon, withLexicon)));
            }
            opennlp.tools.util.TrainingParameters params = new opennlp.tools.util.TrainingParameters();
            params.put(opennlp.tools.util.TrainingParameters.ALGORITHM_PARAM, "MAXENT");
            params.put(opennlp.tools.util.TrainingParameters.ITERATIONS_PARAM, 100);
            params.put(opennlp.tools.util.TrainingParameters.CUTOFF_PARAM, 1);
            var model = opennlp.tools.ml.TrainerFactory.getEventTrainer(params, null)
                    .train(opennlp.tools.util.ObjectStreamUtils.createObjectStream(events));
            for (Gold g : test) {
                double[] p = model.eval(topicFeatures(g, lexicon, withLexicon));
                if (p[model.getIndex("yes")] > 0.5) {
                    out.get(g).add(id);
                }
            }
        }
        return out;
    }

    /** The lexicon against learned per-topic models, under grouped cross-validation and corpus to wide. */
    static void topicExperiment(Map<String, List<Gold>> corpora, TopicClassifier lexicon) throws IOException {
        List<Gold> all = new ArrayList<>();
        corpora.values().forEach(all::addAll);
        List<String> docs = all.stream().map(g -> g.corpus() + "/" + g.doc()).distinct().sorted().toList();
        for (String mode : List.of("lexicon", "words", "words+lexicon")) {
            Counts cv = new Counts();
            for (int k = 0; k < 5; k++) {
                final int fold = k;
                List<Gold> train = all.stream().filter(g -> Math.floorMod((g.corpus() + "/" + g.doc()).hashCode(), 5) != fold).toList();
                List<Gold> test = all.stream().filter(g -> Math.floorMod((g.corpus() + "/" + g.doc()).hashCode(), 5) == fold).toList();
                Map<Gold, Set<String>> got = mode.equals("lexicon") ? null : learnedTopics(train, test, lexicon, mode.contains("lexicon"));
                for (Gold g : test) {
                    cv.add(g.topics(), got == null ? lexicon.topicsOf(g.text()) : got.get(g));
                }
            }
            Counts wide = new Counts();
            Map<Gold, Set<String>> got = mode.equals("lexicon") ? null
                    : learnedTopics(corpora.get("corpus"), corpora.get("wide"), lexicon, mode.contains("lexicon"));
            for (Gold g : corpora.get("wide")) {
                wide.add(g.topics(), got == null ? lexicon.topicsOf(g.text()) : got.get(g));
            }
            System.out.printf(Locale.ROOT, "%-16s grouped 5-fold CV %s | corpus -> wide %s%n", mode, cv.prf(), wide.prf());
        }
    }

    /** One story sentence, whether it is a gold statement, and its features. */
    record Candidate(String doc, boolean statement, String[] features, boolean byPipeline) {
    }

    private static final Pattern NARRATION = Pattern.compile(
            "(?i)\\b(?:met|meets|held talks|holds talks|arrived|received|visit|visiting|according to|reported|spoke with|phone call|called)\\b");
    private static final Pattern MODALS = Pattern.compile("(?i)\\b(should|must|will|would|willing|ready|hopes?|supports?|opposes?|need)\\b");

    static List<Candidate> candidates(List<GoldDoc> docs, KindCues cues, KindClassifier kinds, TopicClassifier topics,
                                      org.readout.extract.Readout readout) {
        List<Candidate> out = new ArrayList<>();
        for (GoldDoc d : docs) {
            List<Statement> found = readout.extract(d.doc(), d.text()).statements();
            List<Sentence> sentences = SPLITTER.split(d.text());
            String previousFrame = "none";
            int paragraph = -1;
            for (Sentence x : sentences) {
                if (x.cutOff()) {
                    continue;
                }
                String text = x.text();
                boolean gold = d.statements().stream().anyMatch(g -> overlap(g.text(), text));
                List<String> f = new ArrayList<>();
                Frame frame = frame(cues, text);
                KindCues.Verb v = frame.verb() == null ? null : cues.verb(frame.verb());
                String act = v == null ? "none" : v.act().name();
                f.add("frame=" + act);
                f.add("prevframe=" + previousFrame);
                f.add("kind=" + kinds.classify(text, frame.verb(), frame.clause(), text.toLowerCase(Locale.ROOT).contains("two sides")));
                Matcher mm = MODALS.matcher(text);
                while (mm.find()) {
                    f.add("modal=" + mm.group(1).toLowerCase(Locale.ROOT));
                }
                f.add("narration=" + NARRATION.matcher(text).find());
                f.add("quote=" + (text.indexOf('"') >= 0 || text.indexOf('“') >= 0 || text.indexOf('”') >= 0));
                String first = text.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
                f.add("first=" + (Set.of("he", "she", "they", "it", "we", "i", "both", "the").contains(first) ? first : "other"));
                f.add("topics=" + Math.min(3, topics.topicsOf(text).size()));
                f.add("newpara=" + (x.paragraph() != paragraph));
                f.add("index=" + Math.min(4, x.index()));
                int words = text.split("\\s+").length;
                f.add("len=" + (words < 8 ? "short" : words < 25 ? "mid" : "long"));
                f.add("bias");
                boolean byPipeline = found.stream().anyMatch(st -> overlap(text, st.text()));
                out.add(new Candidate(d.corpus() + "/" + d.doc(), gold, f.toArray(String[]::new), byPipeline));
                previousFrame = act;
                paragraph = x.paragraph();
            }
        }
        return out;
    }

    /** The scorer's statement match: 60% of the gold's words in the sentence and 30% of the sentence's in the gold. */
    static boolean overlap(String gold, String predicted) {
        Set<String> g = new HashSet<>(List.of(Fold.key(gold).split(" "))), p = new HashSet<>(List.of(Fold.key(predicted).split(" ")));
        Set<String> inter = new HashSet<>(g);
        inter.retainAll(p);
        return inter.size() >= 0.6 * g.size() && inter.size() >= 0.3 * p.size();
    }

    static opennlp.tools.ml.model.MaxentModel trainStatements(List<Candidate> train) throws IOException {
        List<opennlp.tools.ml.model.Event> events = new ArrayList<>();
        train.forEach(c -> events.add(new opennlp.tools.ml.model.Event(c.statement() ? "yes" : "no", c.features())));
        opennlp.tools.util.TrainingParameters params = new opennlp.tools.util.TrainingParameters();
        params.put(opennlp.tools.util.TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(opennlp.tools.util.TrainingParameters.ITERATIONS_PARAM, 200);
        params.put(opennlp.tools.util.TrainingParameters.CUTOFF_PARAM, 1);
        return opennlp.tools.ml.TrainerFactory.getEventTrainer(params, null).train(opennlp.tools.util.ObjectStreamUtils.createObjectStream(events));
    }

    /** Which story sentences are statements: a maxent scorer under grouped cross-validation and corpus to wide. */
    static void statementExperiment(Map<String, List<GoldDoc>> docs, KindCues cues, KindClassifier kinds, TopicClassifier topics)
            throws IOException {
        org.readout.extract.Readout readout = org.readout.extract.Readout.create();
        List<Candidate> corpus = candidates(docs.get("corpus"), cues, kinds, topics, readout);
        List<Candidate> wide = candidates(docs.get("wide"), cues, kinds, topics, readout);
        for (var e : Map.of("corpus", corpus, "wide", wide).entrySet()) {
            long[] c = new long[3];
            for (Candidate x : e.getValue()) {
                c[x.byPipeline() && x.statement() ? 0 : x.byPipeline() ? 1 : x.statement() ? 2 : 0] += x.byPipeline() || x.statement() ? 1 : 0;
            }
            System.out.printf(Locale.ROOT, "the pipeline's statements, sentence by sentence, %s: %s%n", e.getKey(), prf(c));
        }
        List<Candidate> all = new ArrayList<>(corpus);
        all.addAll(wide);
        System.out.printf(Locale.ROOT, "sentences: corpus %d (%d statements), wide %d (%d statements)%n", corpus.size(),
                corpus.stream().filter(Candidate::statement).count(), wide.size(), wide.stream().filter(Candidate::statement).count());
        for (double threshold : new double[] {0.3, 0.5, 0.7}) {
            long[] cv = new long[3];
            for (int k = 0; k < 5; k++) {
                final int fold = k;
                List<Candidate> train = all.stream().filter(c -> Math.floorMod(c.doc().hashCode(), 5) != fold).toList();
                List<Candidate> test = all.stream().filter(c -> Math.floorMod(c.doc().hashCode(), 5) == fold).toList();
                tally(trainStatements(train), test, threshold, cv);
            }
            long[] carry = new long[3];
            tally(trainStatements(corpus), wide, threshold, carry);
            System.out.printf(Locale.ROOT, "threshold %.1f | grouped 5-fold CV %s | corpus -> wide %s%n", threshold, prf(cv), prf(carry));
        }
    }

    private static void tally(opennlp.tools.ml.model.MaxentModel model, List<Candidate> test, double threshold, long[] tpFpFn) {
        for (Candidate c : test) {
            boolean yes = model.eval(c.features())[model.getIndex("yes")] >= threshold;
            if (yes && c.statement()) {
                tpFpFn[0]++;
            } else if (yes) {
                tpFpFn[1]++;
            } else if (c.statement()) {
                tpFpFn[2]++;
            }
        }
    }

    private static String prf(long[] c) {
        double p = c[0] / (double) Math.max(1, c[0] + c[1]), r = c[0] / (double) Math.max(1, c[0] + c[2]);
        return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f", p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    /** For each phrase of topics.tsv: in how many gold statements it fires with the topic in the gold (tp) and without (fp). */
    static void phrases(Map<String, List<Gold>> corpora, Path topicsFile) throws IOException {
        for (String line : Files.readAllLines(topicsFile)) {
            if (line.startsWith("#") || line.startsWith("topic\t")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            String topic = cells[0];
            Pattern except = cells.length > 2 && !cells[2].isBlank() ? phrase(cells[2].split("\\|")) : null;
            for (String ph : cells[1].split("\\|")) {
                Pattern p = phrase(new String[] {ph});
                StringBuilder sb = new StringBuilder();
                for (var e : corpora.entrySet()) {
                    int tp = 0, fp = 0;
                    for (Gold g : e.getValue()) {
                        Matcher m = p.matcher(g.text());
                        boolean hit = false;
                        while (!hit && m.find()) {
                            hit = true;
                            if (except != null) {
                                Matcher x = except.matcher(g.text());
                                while (x.find()) {
                                    if (x.start() <= m.start() && m.end() <= x.end()) {
                                        hit = false;
                                    }
                                }
                            }
                        }
                        if (hit) {
                            if (g.topics().contains(topic)) {
                                tp++;
                            } else {
                                fp++;
                            }
                        }
                    }
                    sb.append(String.format(Locale.ROOT, " %s %3d/%-3d", e.getKey(), tp, fp));
                }
                System.out.printf(Locale.ROOT, "%-30s %-35s%s%n", topic, ph, sb);
            }
        }
    }

    /** A phrase pattern as TopicLexicon compiles it. */
    static Pattern phrase(String[] phrases) {
        StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < phrases.length; i++) {
            String p = phrases[i];
            boolean open = p.endsWith("*");
            String body = Pattern.quote(open ? p.substring(0, p.length() - 1) : p).replace(" ", "\\E[\\s-]+\\Q");
            boolean asWritten = !p.equals(p.toLowerCase(Locale.ROOT));
            sb.append(i == 0 ? "" : "|").append(asWritten ? "(?-i:" : "").append(body).append(open ? "[\\p{L}-]*" : "")
                    .append(asWritten ? ")" : "");
        }
        sb.append(")(?![\\p{L}\\p{N}])");
        return Pattern.compile(sb.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

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

    /** Document topics from the gold statements (as the pipeline makes them) and from every sentence; labels. */
    static void documents(String corpus, List<GoldDoc> docs, TopicClassifier topics, PrintWriter log, KindCues cues,
                          org.readout.extract.Readout readout) {
        Counts fromStatements = new Counts(), fromSentences = new Counts(), labels = new Counts();
        Map<String, Counts> variants = new TreeMap<>();
        RelationshipLabelFinder labelFinder = new RelationshipLabelFinder();
        for (GoldDoc d : docs) {
            List<Sentence> sentences = SPLITTER.split(d.text());
            List<Statement> statements = d.statements().stream().map(g -> new Statement(g.speaker(), "XXX", g.kind(),
                    topics.topicsOf(g.text()), g.text(), new Span(0, 1))).toList();
            List<String> docTopics = topics.documentTopics(statements, sentences);
            fromStatements.add(d.topics(), docTopics);
            Set<String> all = new TreeSet<>();
            for (Sentence x : sentences) {
                if (x.cutOff()) {
                    continue;
                }
                List<String> found = topics.topicsOf(x.text());
                all.addAll(found);
                if (log != null) {
                    for (String t : found) {
                        if (!d.topics().contains(t)) {
                            log.printf("SENTTOPIC %s %s extra=%s | %s%n", corpus, d.doc(), t, x.text().replace('\n', ' '));
                        }
                    }
                }
            }
            fromSentences.add(d.topics(), all);
            // variants: gold statements or the pipeline's, with narration sentences that report talk, or topics said twice
            List<Statement> pipelineStatements = readout == null ? List.of() : readout.extract(d.doc(), d.text()).statements();
            for (String source : List.of("gold", "pipeline")) {
                List<Statement> st = source.equals("gold") ? statements : pipelineStatements;
                Set<String> texts = new HashSet<>();
                st.forEach(x -> texts.add(x.text().strip()));
                Set<String> base = new TreeSet<>();
                st.forEach(x -> base.addAll(topics.topicsOf(x.text())));
                Set<String> talk = new TreeSet<>(base), anyVerb = new TreeSet<>(base), twice = new TreeSet<>(base);
                Set<String> prose = new TreeSet<>(base), proseVerb = new TreeSet<>(base);
                Map<String, Integer> counts = new HashMap<>();
                for (Sentence x : sentences) {
                    if (x.cutOff() || texts.contains(x.text().strip())) {
                        continue;
                    }
                    List<String> t = topics.topicsOf(x.text());
                    int verbs = talkVerbs(cues, x.text());
                    if (verbs > 1) {
                        talk.addAll(t);
                    }
                    if (verbs > 0) {
                        anyVerb.addAll(t);
                    }
                    if (isProse(x.text())) {
                        prose.addAll(t);
                        if (verbs > 0) {
                            proseVerb.addAll(t);
                        }
                    }
                    t.forEach(y -> counts.merge(y, 1, Integer::sum));
                }
                counts.forEach((y, c) -> {
                    if (c >= 2) {
                        twice.add(y);
                    }
                });
                variants.computeIfAbsent(source + " only", k -> new Counts()).add(d.topics(), base);
                variants.computeIfAbsent(source + "+talk", k -> new Counts()).add(d.topics(), talk);
                variants.computeIfAbsent(source + "+anyverb", k -> new Counts()).add(d.topics(), anyVerb);
                variants.computeIfAbsent(source + "+twice", k -> new Counts()).add(d.topics(), twice);
                variants.computeIfAbsent(source + "+prose", k -> new Counts()).add(d.topics(), prose);
                variants.computeIfAbsent(source + "+proseverb", k -> new Counts()).add(d.topics(), proseVerb);
            }
            if (log != null && !d.topics().equals(new TreeSet<>(docTopics))) {
                Set<String> miss = new TreeSet<>(d.topics());
                miss.removeAll(docTopics);
                Set<String> extra = new TreeSet<>(docTopics);
                extra.removeAll(d.topics());
                log.printf("DOCTOPIC %s %s missed=%s extra=%s%n", corpus, d.doc(), miss, extra);
            }
            List<String> found = labelFinder.find(d.text());
            List<String> matched = new ArrayList<>();
            for (String g : d.labels()) {
                found.stream().filter(f -> !matched.contains(f) && sameLabel(g, f)).findFirst().ifPresent(matched::add);
            }
            labels.tp += matched.size();
            labels.fn += d.labels().size() - matched.size();
            labels.fp += found.size() - matched.size();
            if (log != null && (matched.size() < d.labels().size() || matched.size() < found.size())) {
                log.printf("LABELS %s %s gold=%s got=%s%n", corpus, d.doc(), d.labels(), found);
            }
        }
        System.out.printf(Locale.ROOT, "%-7s documents %3d | doc topics from statements %s | from all sentences %s | labels %s%n",
                corpus, docs.size(), fromStatements.prf(), fromSentences.prf(), labels.prf());
        variants.forEach((k, v) -> System.out.printf(Locale.ROOT, "          doc topics %-18s %s%n", k, v.prf()));
    }

    /** A sentence of the story: eight words or more, most of them lower-case (not a headline, menu or caption). */
    static boolean isProse(String text) {
        Matcher m = WORD.matcher(text);
        int words = 0, lower = 0;
        while (m.find()) {
            words++;
            if (Character.isLowerCase(m.group().charAt(0))) {
                lower++;
            }
        }
        return words >= 8 && lower * 2 > words;
    }

    /** 1 for a verb of saying, 2 for a verb that tells what was done or discussed, else 0. */
    static int talkVerbs(KindCues cues, String text) {
        int best = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            for (KindCues.Verb v : cues.verbsOf(m.group().toLowerCase(Locale.ROOT))) {
                best = Math.max(best, v.act() == KindCues.Act.REPORT ? 1 : 2);
            }
        }
        return best;
    }

    private static final Set<String> LABEL_STOP = Set.of("china", "vietnam", "viet", "nam", "the", "a", "an", "of", "that",
            "carries", "with", "and", "bilateral", "relations", "relationship");

    /** The scorer's label match: word sets (country names and particles aside) with Jaccard 0.75 or more. */
    static boolean sameLabel(String a, String b) {
        Set<String> ka = labelKey(a), kb = labelKey(b);
        if (ka.isEmpty() || kb.isEmpty()) {
            return false;
        }
        Set<String> inter = new HashSet<>(ka);
        inter.retainAll(kb);
        Set<String> union = new HashSet<>(ka);
        union.addAll(kb);
        return inter.size() / (double) union.size() >= 0.75;
    }

    private static Set<String> labelKey(String label) {
        Set<String> key = new HashSet<>();
        for (String t : Fold.key(label).split(" ")) {
            if (!t.isEmpty() && !LABEL_STOP.contains(t)) {
                key.add(t);
            }
        }
        return key;
    }

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    static List<GoldDoc> load(Path corpusDir, String goldDir, String corpus) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<GoldDoc> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpusDir.resolve(goldDir))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode record = json.readTree(f.toFile());
                String doc = record.path("doc").asText();
                List<Gold> statements = new ArrayList<>();
                for (JsonNode s : record.path("statements")) {
                    statements.add(new Gold(corpus, doc, s.path("text").asText(), s.path("speaker").asText(),
                            "both".equals(s.path("speaker").asText()),
                            StatementKind.valueOf(s.path("kind").asText().toUpperCase(Locale.ROOT)), strings(s.path("topics"))));
                }
                List<String> labels = new ArrayList<>(strings(record.path("relationship_labels")));
                out.add(new GoldDoc(corpus, doc, Files.readString(corpusDir.resolve("docs").resolve(doc)), statements,
                        strings(record.path("topics")), labels));
            }
        }
        return out;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new TreeSet<>();
        array.forEach(t -> out.add(t.asText()));
        return out;
    }
}
