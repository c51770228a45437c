package org.readout.input;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.readout.model.Problem;

/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds, read with the JDK's streaming XML parser (StAX), so
 * that a feed of any length takes the memory of one item: Rome would build the whole feed as a
 * tree first. Each item is a document: its content (content:encoded, Atom content) read as HTML,
 * else its summary with a warning; its link, date and title, and the feed's title as the outlet.
 * XML that breaks is reported from where it breaks, the items before it kept.
 */
final class FeedReader {
    private static final String CONTENT_MODULE = "http://purl.org/rss/1.0/modules/content/";

    private final Reading reading;
    /** Items begun so far, and whether the last is still open: where a break in the XML is reported. */
    private long items;
    private boolean inItem;

    FeedReader(Reading reading) {
        this.reading = reading;
    }

    /** One item as it is read. */
    private static final class Item {
        final long position;
        String title;
        String link;
        String date;
        String updated;
        String content;
        String summary;
        boolean tooLarge;

        Item(long position) {
            this.position = position;
        }
    }

    void read(Place place, InputStream in) {
        try {
            parse(place, factory().createXMLStreamReader(in));
        } catch (XMLStreamException e) {
            reading.reject(place.item(inItem ? items : items + 1), Problem.error("unreadable", "not well-formed XML"
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber())
                    + " (" + firstLine(e.getMessage()) + "), rest of feed not read"));
        }
    }

    private void parse(Place place, XMLStreamReader xml) throws XMLStreamException {
        String feedTitle = null;
        List<String> path = new ArrayList<>();
        Item item = null;
        int itemDepth = -1;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                path.add(name);
                if (item == null && (name.equals("item") || name.equals("entry"))) {
                    item = new Item(++items);
                    inItem = true;
                    itemDepth = path.size();
                } else if (item != null && path.size() == itemDepth + 1) {
                    field(xml, item);
                    path.remove(path.size() - 1);
                } else if (item == null && feedTitle == null && name.equals("title") && isFeedLevel(path)) {
                    feedTitle = new TextCollector(reading.limits().maxBytes()).collect(xml);
                    path.remove(path.size() - 1);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (item != null && path.size() == itemDepth) {
                    emit(place.item(item.position), item, feedTitle);
                    item = null;
                    inItem = false;
                }
                path.remove(path.size() - 1);
            }
        }
    }

    /** The title of the channel (RSS) or of the feed (Atom), not of an image or an item. */
    private static boolean isFeedLevel(List<String> path) {
        String parent = path.size() >= 2 ? path.get(path.size() - 2) : "";
        return parent.equals("channel") || parent.equals("feed") && path.size() == 2;
    }

    /** Reads one child element of an item, up to and including its end tag. */
    private void field(XMLStreamReader xml, Item item) throws XMLStreamException {
        String name = xml.getLocalName();
        if (name.equals("link") && xml.getAttributeValue(null, "href") != null) {
            String rel = xml.getAttributeValue(null, "rel");
            if (item.link == null && (rel == null || rel.equals("alternate"))) {
                item.link = xml.getAttributeValue(null, "href");
            }
            new TextCollector(0).collect(xml);
            return;
        }
        boolean xhtml = "xhtml".equals(xml.getAttributeValue(null, "type"));
        TextCollector collector = new TextCollector(reading.limits().maxBytes()).keepingTags(xhtml);
        String value = collector.collect(xml);
        boolean content = name.equals("encoded") && CONTENT_MODULE.equals(xml.getNamespaceURI()) || name.equals("content");
        item.tooLarge |= collector.overflowed() && (content || name.equals("description") || name.equals("summary"));
        switch (name.toLowerCase(Locale.ROOT)) {
            case "title" -> item.title = value;
            case "link" -> item.link = item.link == null ? value : item.link;
            case "pubdate", "published", "date", "issued" -> item.date = item.date == null ? value : item.date;
            case "updated", "modified" -> item.updated = value;
            case "description", "summary" -> item.summary = value;
            default -> {
                if (content) {
                    item.content = value;
                }
            }
        }
    }

    private void emit(Place at, Item item, String feedTitle) {
        if (item.tooLarge) {
            reading.reject(at, Problem.error("too_large", "feed item's text is over the "
                    + String.format(Locale.ROOT, "%,d", reading.limits().maxBytes()) + "-character limit for one document (--max-bytes)"));
            return;
        }
        boolean hasContent = item.content != null && !item.content.isBlank();
        String body = hasContent ? item.content : item.summary;
        if (body == null || body.isBlank()) {
            reading.reject(at, Problem.error("empty", "feed item has no text"));
            return;
        }
        List<Problem> warnings = hasContent ? List.of() : List.of(Problem.warning("summary_only", "feed item has only a summary"));
        String date = item.date != null ? item.date : item.updated;
        DocumentHints hints = new DocumentHints(item.title, item.link, Dates.parse(date).orElse(null), feedTitle);
        reading.emit(at, hints.applyTo(reading.decoder().decode(at.id(), body, warnings, true)));
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // no DTD, no external entities: a feed cannot make us fetch files or expand entity bombs
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String m = message.contains("Message: ") ? message.substring(message.indexOf("Message: ") + 9) : message;
        return m.lines().findFirst().orElse("").strip();
    }
}
