package org.readout.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.readout.model.SourceDocument;

/**
 * An HTML page as a document: its headline, a blank line, then its main text one block per
 * paragraph, with the hints its markup gives (title, URL, publication date, site name).
 * The text is empty when the page has no main text beyond a headline.
 */
final class HtmlMainText {
    private HtmlMainText() {
    }

    static SourceDocument extract(String id, String html) {
        Document page = Jsoup.parse(html);
        Boilerplate.remove(page);
        Element main = MainContainer.find(page);
        String siteName = PageHints.siteName(page);
        String headline = headline(main).or(() -> Optional.ofNullable(PageHints.title(page, siteName)))
                .map(TextNormaliser::normalise)
                .orElse(null);
        String text = TextNormaliser.normalise(join(headline, TextBlocks.of(main)));
        return new SourceDocument(id, text, headline, PageHints.url(page), PageHints.published(page, main), siteName);
    }

    private static Optional<String> headline(Element main) {
        Element h1 = main.selectFirst("h1");
        return h1 == null || h1.text().isBlank() ? Optional.empty() : Optional.of(h1.text().strip());
    }

    /** The headline first; the block that repeats it (the h1 itself, usually) is left out below it. */
    private static String join(String headline, List<String> blocks) {
        List<String> body = new ArrayList<>(blocks);
        body.stream().filter(b -> TextNormaliser.collapseSpaces(b).equals(headline)).findFirst().ifPresent(body::remove);
        if (body.isEmpty()) {
            return "";
        }
        return headline == null ? String.join("\n\n", body) : headline + "\n\n" + String.join("\n\n", body);
    }
}
