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
 * a sink as soon as it is read, so that memory does not grow with the input. A document that
 * cannot be read reaches the sink as a rejection; only the sink's own exceptions escape.
 * Immutable and thread-safe.
 */
public final class InputReader implements Serializable {
    private static final long serialVersionUID = 1L;

    private final InputDecoder decoder;

    public InputReader(InputLimits limits) {
        this.decoder = new InputDecoder(Objects.requireNonNull(limits, "limits"));
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
        if (limits().exceeds(attributes.size())) {
            sink.accept(rejected(source, limits().tooLarge(attributes.size())));
            return;
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            read(source, DocumentId.of(file), in, sink);
        } catch (IOException e) {
            sink.accept(rejected(source, unreadable(e)));
        }
    }

    /**
     * Reads a stream the caller opened and will close.
     *
     * @param source how messages name the input
     * @param id     the id its document gets (a file name, or {@link DocumentId#STDIN})
     */
    public void read(String source, String id, InputStream in, Consumer<InputDocument> sink) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(limits().maxBytes() + 1, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            sink.accept(rejected(source, unreadable(e)));
            return;
        }
        sink.accept(new InputDocument(source, null, decoder.decode(id, bytes)));
    }

    private static InputDocument rejected(String source, Problem problem) {
        return new InputDocument(source, null, DecodeResult.rejected(problem));
    }

    private static Problem unreadable(IOException e) {
        return Problem.error("unreadable", "cannot read: " + e.getMessage());
    }
}
