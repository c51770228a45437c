package org.readout.extract.multilingual;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases of one language as a trie over token keys, matched longest first. Built once by its
 * {@link Builder}, read-only after: safe to share between threads.
 */
final class Lexicon {
    private final Node root;
    private final Inflection inflection;

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        final List<Sense> senses = new ArrayList<>();
        /** Endings a word stored under this key may take: 0 exact, else up to this many letters. */
        int ending;
    }

    private Lexicon(Node root, Inflection inflection) {
        this.root = root;
        this.inflection = inflection;
    }

    /** The longest phrase starting at token {@code from}, or null. */
    Mention longest(List<Token> tokens, int from) {
        Mention[] best = {null};
        walk(tokens, from, from, root, best);
        return best[0];
    }

    private void walk(List<Token> tokens, int from, int at, Node node, Mention[] best) {
        if (!node.senses.isEmpty() && at > from && (best[0] == null || at > best[0].to())) {
            best[0] = new Mention(from, at, tokens.get(from).start(), tokens.get(at - 1).end(), node.senses.get(0));
        }
        if (at >= tokens.size()) {
            return;
        }
        Token t = tokens.get(at);
        if (at > from && !t.ideographic() && !t.number() && tokens.get(at - 1).ideographic()) {
            return; // a phrase does not run from Chinese characters into Latin words, only into numbers ("チャールズ3世")
        }
        for (Node child : children(node, t)) {
            walk(tokens, from, at + 1, child, best);
        }
    }

    private List<Node> children(Node node, Token t) {
        List<Node> found = new ArrayList<>(2);
        addChildren(node, t.key(), t.ideographic(), found);
        if (!t.ideographic()) {
            for (String prefix : inflection.prefixes()) {
                if (t.key().startsWith(prefix) && t.key().length() - prefix.length() >= Inflection.MIN_STEM) {
                    addChildren(node, t.key().substring(prefix.length()), false, found);
                }
            }
        }
        return found;
    }

    private void addChildren(Node node, String key, boolean ideographic, List<Node> found) {
        Node exact = node.next.get(key);
        if (exact != null) {
            found.add(exact);
        }
        if (ideographic) {
            return;
        }
        int most = Math.min(Math.max(inflection.maxEnding(), Inflection.OPEN_ENDING), key.length() - Inflection.MIN_STEM);
        for (int cut = 1; cut <= most; cut++) {
            Node stem = node.next.get(key.substring(0, key.length() - cut));
            if (stem != null && stem.ending >= cut && !found.contains(stem)) {
                found.add(stem);
            }
        }
    }

    /** Collects phrases; not thread-safe, and not needed after {@link #build()}. */
    static final class Builder {
        private final Node root = new Node();
        private final ForeignTokenizer tokenizer;
        private final Inflection inflection;

        Builder(ForeignTokenizer tokenizer, Inflection inflection) {
            this.tokenizer = tokenizer;
            this.inflection = inflection;
        }

        /** Adds a phrase; a word ending in {@code *} takes any ending ("russisch*"). */
        Builder add(String phrase, Sense sense) {
            List<Token> tokens = tokenizer.tokenize(phrase);
            if (tokens.isEmpty()) {
                return this;
            }
            Node node = root;
            for (Token t : tokens) {
                boolean open = t.end() < phrase.length() && phrase.charAt(t.end()) == '*';
                String key = open || t.ideographic() ? t.key() : inflection.stem(t.key());
                node = node.next.computeIfAbsent(key, k -> new Node());
                int ending = open ? Inflection.OPEN_ENDING : t.ideographic() ? 0 : inflection.maxEnding();
                node.ending = Math.max(node.ending, ending);
            }
            if (!node.senses.contains(sense)) {
                node.senses.add(sense);
            }
            return this;
        }

        Lexicon build() {
            return new Lexicon(root, inflection);
        }
    }
}
