package org.readout.input;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * How much readable text each element holds: non-space characters outside links, in its own
 * text nodes and in its whole subtree. Summed bottom-up in one pass, so a deep page costs no more
 * than a flat one.
 */
final class TextWeights {
    private final Map<Element, Integer> own = new IdentityHashMap<>();
    private final Map<Element, Integer> total = new IdentityHashMap<>();

    private TextWeights() {
    }

    static TextWeights of(Element root) {
        TextWeights weights = new TextWeights();
        NodeTraversor.traverse(weights.new Summer(root), root);
        return weights;
    }

    int own(Element element) {
        return own.getOrDefault(element, 0);
    }

    int total(Element element) {
        return total.getOrDefault(element, 0);
    }

    private static int letters(String text) {
        return (int) text.chars().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).count();
    }

    private final class Summer implements NodeVisitor {
        private final Element root;
        private int linkDepth;

        Summer(Element root) {
            this.root = root;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text && linkDepth == 0) {
                int n = letters(text.getWholeText());
                own.merge(text.parent(), n, Integer::sum);
                total.merge(text.parent(), n, Integer::sum);
            } else if (isLink(node)) {
                linkDepth++;
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (isLink(node)) {
                linkDepth--;
            }
            if (node instanceof Element element && element != root) {
                total.merge(element.parent(), total(element), Integer::sum);
            }
        }

        private boolean isLink(Node node) {
            return node instanceof Element element && element.normalName().equals("a");
        }
    }
}
