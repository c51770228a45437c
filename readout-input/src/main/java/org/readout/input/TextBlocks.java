package org.readout.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an element as blocks: one per paragraph, heading, list item or table cell, so that
 * sentence splitting later sees the paragraph breaks. A {@code <br>} breaks the line within a block.
 */
final class TextBlocks implements NodeVisitor {
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header",
            "footer", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
            "figure", "figcaption", "table", "tr", "td", "th", "caption", "hr", "address", "details", "summary",
            "center", "fieldset", "legend");
    private static final Pattern SPACES_AROUND_BREAK = Pattern.compile("(?<! ) *+\n *+"); // from a run's first space only: tried from each, a long run is quadratic
    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");

    private final List<String> blocks = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    private TextBlocks() {
    }

    static List<String> of(Element root) {
        TextBlocks collector = new TextBlocks();
        NodeTraversor.traverse(collector, root);
        collector.flush();
        return collector.blocks;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            current.append(TextNormaliser.collapseSpaces(text.getWholeText()));
        } else if (node instanceof Element element && element.normalName().equals("br")) {
            current.append('\n');
        } else if (isBlock(node)) {
            flush();
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (isBlock(node)) {
            flush();
        }
    }

    private static boolean isBlock(Node node) {
        return node instanceof Element element && BLOCK_TAGS.contains(element.normalName());
    }

    private void flush() {
        String lines = SPACES_AROUND_BREAK.matcher(current).replaceAll("\n");
        String block = BLANK_LINES.matcher(lines).replaceAll("\n\n").strip();
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        current.setLength(0);
    }
}
