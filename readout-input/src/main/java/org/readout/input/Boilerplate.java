package org.readout.input;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Removes what is on a page but not its text: code, navigation, page chrome, ads, share bars, comments. */
final class Boilerplate implements NodeFilter {
    private static final Set<String> JUNK_TAGS = Set.of("script", "style", "noscript", "template", "nav", "aside",
            "form", "iframe", "svg", "canvas", "object", "embed", "button", "select", "textarea", "dialog");
    private static final Set<String> JUNK_ROLES =
            Set.of("navigation", "search", "menu", "menubar", "complementary", "dialog", "alertdialog");
    /** Words in class or id names; matched as whole words, so "ad" does not hit "header" or "read". */
    private static final Set<String> JUNK_WORDS = Set.of("nav", "navbar", "navigation", "menu", "breadcrumb",
            "breadcrumbs", "share", "sharing", "social", "related", "recommended", "trending", "popular",
            "comment", "comments", "disqus", "cookie", "cookies", "consent", "ad", "ads", "advert", "adverts",
            "advertisement", "sponsor", "sponsored", "promo", "outbrain", "taboola", "sidebar", "widget",
            "newsletter", "subscribe", "popup", "modal", "toolbar", "pagination", "pager", "tags", "skip");
    /** The page's own header and footer: chrome outside an article, but an article's header holds its headline. */
    private static final Set<String> CHROME_TAGS = Set.of("header", "footer");
    private static final Set<String> CHROME_ROLES = Set.of("banner", "contentinfo");
    private static final Set<String> CHROME_WORDS = Set.of("header", "footer", "masthead", "topbar");
    private static final Set<String> NEVER_REMOVED = Set.of("#root", "html", "head", "body");
    private static final Pattern WORD_BREAK = Pattern.compile("(?<=[a-z])(?=[A-Z])|[^A-Za-z0-9]+");
    private static final Pattern DISPLAY_NONE = Pattern.compile("display\\s*:\\s*none", Pattern.CASE_INSENSITIVE);

    private final TextWeights weights;
    private final int pageWeight;
    private final List<Element> junk = new ArrayList<>();
    private int contentDepth;

    private Boilerplate(Document page) {
        weights = TextWeights.of(page);
        pageWeight = weights.total(page);
    }

    static void remove(Document page) {
        Boilerplate finder = new Boilerplate(page);
        NodeTraversor.filter(finder, page);
        // Replacing, unlike removing, does not renumber the siblings that follow: 100,000 junk siblings stay linear.
        finder.junk.forEach(element -> element.replaceWith(new TextNode("")));
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (!(node instanceof Element element)) {
            return FilterResult.CONTINUE;
        }
        if (isJunk(element)) {
            junk.add(element);
            return FilterResult.SKIP_ENTIRELY;
        }
        contentDepth += MainContainer.isContentRoot(element) ? 1 : 0;
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        contentDepth -= node instanceof Element element && MainContainer.isContentRoot(element) ? 1 : 0;
        return FilterResult.CONTINUE;
    }

    private boolean isJunk(Element element) {
        // An element with most of the page's text is a wrapper (an ASP.NET form, a "has-sidebar" div), not junk.
        if (NEVER_REMOVED.contains(element.normalName()) || weights.total(element) * 2 > pageWeight) {
            return false;
        }
        String tag = element.normalName();
        String role = element.attr("role").toLowerCase(Locale.ROOT);
        // An article or main is content by its tag, whatever its class says ("post has-comments").
        Set<String> words = MainContainer.isContentRoot(element) ? Set.of() : words(element.className() + " " + element.id());
        boolean chrome = CHROME_TAGS.contains(tag) || CHROME_ROLES.contains(role) || !Collections.disjoint(words, CHROME_WORDS);
        return JUNK_TAGS.contains(tag) || JUNK_ROLES.contains(role) || !Collections.disjoint(words, JUNK_WORDS)
                || isHidden(element) || (chrome && contentDepth == 0);
    }

    private static Set<String> words(String names) {
        return Arrays.stream(WORD_BREAK.split(names))
                .map(w -> w.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }

    private static boolean isHidden(Element element) {
        return element.hasAttr("hidden") || element.attr("aria-hidden").equalsIgnoreCase("true")
                || DISPLAY_NONE.matcher(element.attr("style")).find();
    }
}
