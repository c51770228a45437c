package org.readout.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.function.Consumer;
import org.readout.model.Problem;

/**
 * Reads one input (a file, or a stream such as standard input) and hands each document in it to
 * a sink as soon as it is read, so that memory does not grow with the input. The format is told
 * by the input's first bytes: text or HTML, a PDF, an RSS or Atom feed, a WARC, JSON Lines, CSV,
 * or a zip, gzip or tar archive of any of these. A document that cannot be read reaches the sink
 * as a rejection, named by its place in its container; only the sink's own exceptions escape.
 * Immutable and thread-safe: the libraries' objects are made per call.
 */
public final class InputReader implements Serializable {
    private static final long serialVersionUID = 1L;

    private final InputDecoder decoder;
    private final InputOptions options;

    public InputReader(InputLimits limits) {
        this(limits, InputOptions.defaults());
    }

    public InputReader(InputLimits limits, InputOptions options) {
        this.decoder = new InputDecoder(Objects.requireNonNull(limits, "limits"));
        this.options = Objects.requireNonNull(options, "options");
    }

    public InputOptions options() {
        return options;
    }

    public InputLimits limits() {
        return decoder.limits();
    }

    /** Reads a file; anything but a regular file (a device, FIFO or socket) is refused unread. */
    public void read(Path file, Consumer<InputDocument> sink) {
        String source = file.toString();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            sink.accept(rejected(source, Problem.error("not_found", "no such file")));
            return;
        } catch (IOException e) {
            sink.accept(rejected(source, unreadable(e)));
            return;
        }
        if (!attributes.isRegularFile()) {
            sink.accept(rejected(source, Problem.error("not_regular",
                    attributes.isDirectory() ? "a folder, not a file" : "not a regular file (a device, FIFO or socket), not read")));
            return;
        }
        InputStream in;
        try {
            in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            sink.accept(rejected(source, unreadable(e)));
            return;
        }
        // a document over the limit is refused unread; a container (feed, archive, dump) may be any size
        read(Place.of(source, DocumentId.of(file)), in, attributes.size(), sink);
    }

    /**
     * Reads a stream the caller opened and will close.
     *
     * @param source how messages name the input
     * @param id     the id its document gets (a file name, or {@link DocumentId#STDIN}); a container's
     *               documents get it followed by their place: {@code id#12}, {@code id!/dir/a.html}
     */
    public void read(String source, String id, InputStream in, Consumer<InputDocument> sink) {
        try {
            new Reading(decoder, options, sink).read(Place.of(source, id), in, -1, 0);
        } catch (SinkFailure e) {
            throw e.sinkException();
        }
    }

    /** Reads a stream this reader opened, and closes it. */
    private void read(Place place, InputStream in, long size, Consumer<InputDocument> sink) {
        try (in) {
            new Reading(decoder, options, sink).read(place, in, size, 0);
        } catch (SinkFailure e) {
            throw e.sinkException();
        } catch (IOException e) {
            // closing a file read to its end; nothing is lost
        }
    }

    private static InputDocument rejected(String source, Problem problem) {
        return new InputDocument(source, null, DecodeResult.rejected(problem));
    }

    private static Problem unreadable(IOException e) {
        return Problem.error("unreadable", "cannot read: " + e.getMessage());
    }
}
