package org.readout.input;

/**
 * Where a document is: the input the user named, its entry inside containers (archive entry
 * names joined by "!/", an item's position after "#", as in its document's id), the id its
 * document gets, and the file name that breaks ties when sniffing the format.
 */
record Place(String source, String entry, String id, String name) {
    static Place of(String source, String id) {
        return new Place(source, null, id, id);
    }

    /** An archive entry: {@code archive.zip!/dir/a.html}. */
    Place entry(String entryName) {
        return new Place(source, join(entryName), id + "!/" + entryName, entryName);
    }

    /** The n-th item of a feed, dump or WARC, from 1: {@code dump.jsonl#12}. */
    Place item(long position) {
        return new Place(source, (entry == null ? "" : entry) + "#" + position, id + "#" + position, name);
    }

    /** The same place under another file name: what a gzip holds is named without ".gz". */
    Place named(String fileName) {
        return new Place(source, entry, id, fileName);
    }

    InputDocument document(DecodeResult result) {
        return new InputDocument(source, entry, result);
    }

    private String join(String part) {
        return entry == null ? part : entry + "!/" + part;
    }
}
