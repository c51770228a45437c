package org.readout.input;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of the XML element a reader stands at the start of, up to its end tag, holding at
 * most a limit of characters however long the element is. Inline XHTML (Atom's type="xhtml")
 * keeps its tags, so that its paragraphs stay paragraphs.
 */
final class TextCollector {
    private final long limit;
    private final StringBuilder text = new StringBuilder();
    private boolean keepTags;
    private boolean overflowed;

    TextCollector(long limit) {
        this.limit = limit;
    }

    TextCollector keepingTags(boolean keep) {
        this.keepTags = keep;
        return this;
    }

    /** Whether the element had more text than the limit; what was collected is then cut. */
    boolean overflowed() {
        return overflowed;
    }

    String collect(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    tag("<" + xml.getLocalName() + ">");
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    if (depth > 0) {
                        tag("</" + xml.getLocalName() + ">");
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                default -> {
                    // comments and processing instructions are not text
                }
            }
        }
        return text.toString().strip();
    }

    private void tag(String tag) {
        if (keepTags) {
            append(tag.toCharArray(), 0, tag.length());
        }
    }

    private void append(char[] chars, int start, int length) {
        int room = (int) Math.max(0, Math.min(length, limit - text.length()));
        text.append(chars, start, room);
        overflowed |= room < length;
    }
}
