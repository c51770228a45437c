package org.readout.extract.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.readout.extract.text.Whitespace;

/**
 * The words that tell what a sentence of reported speech does (kind-cues.tsv): reporting and
 * main verbs by class, the nouns a speaker expresses ("support", "readiness") and the adjectives
 * a speaker is ("ready", "willing"), and the words of praise that make a stance support ("respected").
 * Verbs are looked up by any of their forms.
 */
public final class KindCues {
    /** What a cue says the clause does; {@link #REPORT} leaves it to the reported clause. */
    public enum Act { REPORT, AGREEMENT, SUPPORT, PROPOSAL, OPPOSITION, COMMITMENT, OTHER, POSITION }

    /** A verb cue: its base form, the particle words after it ("on" in "call on"), and its act. */
    public record Verb(String lemma, List<String> particles, Act act) {
        public Verb {
            particles = List.copyOf(particles);
        }
    }

    private final Map<String, List<Verb>> verbsByForm = new HashMap<>();
    private final Map<String, Verb> verbsByLemma = new HashMap<>();
    private final Map<String, Act> nouns = new HashMap<>();
    private final Map<String, Act> adjectives = new HashMap<>();
    private final List<List<String>> praise = new ArrayList<>();

    KindCues(Table table) {
        for (Table.Row r : table.rows()) {
            String cue = r.get("cue").toLowerCase(Locale.ROOT);
            Act act;
            try {
                act = Act.valueOf(r.get("kind").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new KnowledgeException(r.file(), r.line(), "unknown kind '" + r.get("kind") + "'");
            }
            switch (r.get("role")) {
                case "verb" -> addVerb(cue, act, r.list("forms"));
                case "noun" -> nouns.put(cue, act);
                case "adjective" -> adjectives.put(cue, act);
                case "praise" -> praise.add(List.of(cue.split(" ")));
                default -> throw new KnowledgeException(r.file(), r.line(), "role must be verb, noun, adjective or praise");
            }
        }
    }

    private void addVerb(String cue, Act act, List<String> irregular) {
        String[] words = cue.split(" ");
        Verb verb = new Verb(cue, List.of(words).subList(1, words.length), act);
        verbsByLemma.put(cue, verb);
        Set<String> forms = new LinkedHashSet<>(forms(words[0]));
        irregular.forEach(f -> forms.add(f.toLowerCase(Locale.ROOT)));
        for (String form : forms) {
            verbsByForm.computeIfAbsent(form, f -> new ArrayList<>()).add(verb);
        }
    }

    /** The base form and its regular -s, -ed and -ing forms. */
    static List<String> forms(String base) {
        List<String> forms = new ArrayList<>(List.of(base));
        char last = base.charAt(base.length() - 1);
        boolean consonantY = last == 'y' && base.length() > 1 && "aeiou".indexOf(base.charAt(base.length() - 2)) < 0;
        if (consonantY) {
            String stem = base.substring(0, base.length() - 1);
            forms.addAll(List.of(stem + "ies", stem + "ied", base + "ing"));
        } else if (last == 'e') {
            boolean keepE = base.endsWith("ee") || base.endsWith("ye") || base.endsWith("oe");
            forms.addAll(List.of(base + "s", base + "d", keepE ? base + "ing" : base.substring(0, base.length() - 1) + "ing"));
        } else {
            boolean sibilant = base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch") || base.endsWith("x") || base.endsWith("z");
            forms.addAll(List.of(sibilant ? base + "es" : base + "s", base + "ed", base + "ing"));
        }
        return forms;
    }

    /** The verbs one of whose forms is {@code word} (lower case); their particles are still to be matched. */
    public List<Verb> verbsOf(String word) {
        return verbsByForm.getOrDefault(word, List.of());
    }

    /** The verb a caller names by its lemma or by a form ("called on"); null if it is no cue. */
    public Verb verb(String lemmaOrForm) {
        String key = lemmaOrForm.strip().toLowerCase(Locale.ROOT);
        Verb v = verbsByLemma.get(key);
        if (v != null) {
            return v;
        }
        String[] words = Whitespace.RUNS.split(key);
        // "has reaffirmed", "is willing": the last word that is a verb form decides, with its particles if they follow
        for (int i = words.length - 1; i >= 0; i--) {
            List<Verb> candidates = verbsOf(words[i]);
            Verb plain = null;
            for (Verb c : candidates) {
                if (words.length - i - 1 == c.particles().size()
                        && List.of(words).subList(i + 1, words.length).equals(c.particles())) {
                    return c;
                }
                if (c.particles().isEmpty()) {
                    plain = c;
                }
            }
            if (plain != null) {
                return plain;
            }
        }
        return null;
    }

    /** The act of a noun a speaker expresses, or null. */
    public Act noun(String word) {
        return nouns.get(word);
    }

    /** The words of praise ("respected", "important role") that make a stance about the other side its support. */
    public List<List<String>> praise() {
        return praise;
    }

    /** The act of an adjective a speaker is, or null. */
    public Act adjective(String word) {
        return adjectives.get(word);
    }
}
