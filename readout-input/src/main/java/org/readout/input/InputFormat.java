package org.readout.input;

/** The formats an input is read as; {@link FormatSniffer} tells them apart by their first bytes. */
enum InputFormat {
    /** Plain text or HTML, and anything else the decoder refuses (images, executables). */
    DOCUMENT(false),
    PDF(false),
    FEED(true),
    WARC(true),
    JSON_LINES(true),
    CSV(true),
    GZIP(true),
    ZIP(true),
    TAR(true);

    private final boolean container;

    InputFormat(boolean container) {
        this.container = container;
    }

    /** Whether the input holds many documents, so may be larger than one document may be. */
    boolean container() {
        return container;
    }
}
