package org.readout.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What a page's markup says about it: title, canonical URL, publication date, site name. */
final class PageHints {
    private static final List<String> TITLE_SEPARATORS = List.of(" | ", " - ", " – ", " — ", " · ", " :: ");
    /** A suffix longer than this is part of the headline ("Talks resume - a new chapter"), not a site name. */
    private static final int MAX_SUFFIX_WORDS = 3;
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?![0-9])");

    private PageHints() {
    }

    /** og:title, else the {@code <title>} less its site-name suffix; null if the page has neither. */
    static String title(Document page, String siteName) {
        return meta(page, "og:title")
                .or(() -> nonBlank(page.title()).map(t -> withoutSiteSuffix(t, siteName)))
                .orElse(null);
    }

    static String url(Document page) {
        return page.select("link[href]").stream()
                .filter(link -> link.attr("rel").equalsIgnoreCase("canonical"))
                .map(link -> link.attr("href").strip())
                .filter(href -> !href.isEmpty())
                .findFirst()
                .or(() -> meta(page, "og:url"))
                .orElse(null);
    }

    static String siteName(Document page) {
        return meta(page, "og:site_name").or(() -> meta(page, "application-name")).orElse(null);
    }

    /** The date as the page writes it, in the publisher's own time zone: "2024-03-05T23:30-05:00" is 5 March. */
    static LocalDate published(Document page, Element main) {
        Element itemprop = page.selectFirst("[itemprop=datePublished]");
        return Stream.of(
                        meta(page, "article:published_time").orElse(null),
                        itemprop == null ? null : firstNonBlank(itemprop.attr("content"), itemprop.attr("datetime"), itemprop.text()),
                        timeIn(main),
                        timeIn(page))
                .filter(Objects::nonNull)
                .map(PageHints::isoDate)
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(null);
    }

    /** Drops a trailing " | Site" or " - Site": the site's own name, or any short last part. */
    static String withoutSiteSuffix(String title, String siteName) {
        int cut = -1;
        String separator = "";
        for (String s : TITLE_SEPARATORS) {
            int at = title.lastIndexOf(s);
            if (at > cut) {
                cut = at;
                separator = s;
            }
        }
        if (cut <= 0) {
            return title;
        }
        String suffix = title.substring(cut + separator.length()).strip();
        boolean shortSuffix = suffix.split("\\s+").length <= MAX_SUFFIX_WORDS && cut > suffix.length();
        return suffix.equalsIgnoreCase(siteName) || shortSuffix ? title.substring(0, cut).strip() : title;
    }

    private static Optional<String> meta(Document page, String key) {
        return page.select("meta[content]").stream()
                .filter(m -> key.equalsIgnoreCase(m.attr("property")) || key.equalsIgnoreCase(m.attr("name")))
                .map(m -> TextNormaliser.collapseSpaces(m.attr("content")).strip())
                .filter(content -> !content.isEmpty())
                .findFirst();
    }

    private static String timeIn(Element scope) {
        Element time = scope.selectFirst("time[datetime]");
        return time == null ? null : time.attr("datetime");
    }

    private static String firstNonBlank(String... values) {
        return Stream.of(values).filter(v -> !v.isBlank()).findFirst().orElse(null);
    }

    private static Optional<String> nonBlank(String value) {
        return value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static Optional<LocalDate> isoDate(String value) {
        Matcher m = ISO_DATE.matcher(value.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
