package org.readout.input;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** Picks the element of a (cleaned) page that holds its main text. */
final class MainContainer {
    /** Markup that names the main content, surest first. */
    private static final List<String> SEMANTIC = List.of("article", "[itemprop=articleBody]", "main", "[role=main]");
    /** A named container with under a quarter of the page's text is a teaser, not the content. */
    private static final int MIN_SHARE_DIVISOR = 4;

    private MainContainer() {
    }

    static Element find(Document page) {
        Element body = page.body();
        TextWeights weights = TextWeights.of(body);
        int pageWeight = weights.total(body);
        return SEMANTIC.stream()
                .map(query -> heaviest(body.select(query), weights))
                .flatMap(Optional::stream)
                .filter(e -> weights.total(e) > 0 && weights.total(e) * MIN_SHARE_DIVISOR >= pageWeight)
                .findFirst()
                .orElseGet(() -> densest(body, weights));
    }

    static boolean isContentRoot(Element element) {
        String tag = element.normalName();
        return tag.equals("article") || tag.equals("main") || element.attr("role").equalsIgnoreCase("main")
                || element.attr("itemprop").equalsIgnoreCase("articleBody");
    }

    private static Optional<Element> heaviest(Elements candidates, TextWeights weights) {
        Element best = null;
        for (Element candidate : candidates) {
            if (best == null || weights.total(candidate) > weights.total(best)) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Readability's scoring: a paragraph's text counts fully for its parent and half for its
     * grandparent, text written straight into a div or cell fully for it and half for its parent.
     * Link text weighs nothing, so menus and link lists never win.
     */
    private static Element densest(Element body, TextWeights weights) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : body.select("p")) {
            credit(p.parent(), weights.total(p), scores);
        }
        for (Element holder : body.select("div, section, td")) {
            credit(holder, weights.own(holder), scores);
        }
        Element best = body;
        for (Element candidate : body.getAllElements()) {
            if (scores.getOrDefault(candidate, 0.0) > scores.getOrDefault(best, 0.0)) {
                best = candidate;
            }
        }
        return best;
    }

    private static void credit(Element holder, int weight, Map<Element, Double> scores) {
        if (holder == null || weight == 0) {
            return;
        }
        scores.merge(holder, (double) weight, Double::sum);
        if (holder.parent() != null) {
            scores.merge(holder.parent(), weight / 2.0, Double::sum);
        }
    }
}
