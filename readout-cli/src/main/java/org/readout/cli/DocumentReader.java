package org.readout.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.readout.input.DecodeResult;
import org.readout.input.DocumentId;
import org.readout.input.InputDecoder;
import org.readout.input.InputLimits;
import org.readout.model.Problem;

/** One command-line input read and decoded: a file within the size limit, or standard input for "-". */
final class DocumentReader {
    private final InputLimits limits;
    private final InputDecoder decoder;

    DocumentReader(InputLimits limits) {
        this.limits = limits;
        this.decoder = new InputDecoder(limits);
    }

    DecodeResult read(String path) {
        String id = DocumentId.of(path);
        try {
            if (path.equals(InputFiles.STDIN)) {
                return decoder.decode(id, readLimited(System.in, limits.maxBytes() + 1));
            }
            Path file = Path.of(path);
            long size = Files.size(file);
            if (limits.exceeds(size)) {
                return DecodeResult.rejected(limits.tooLarge(size));
            }
            return decoder.decode(id, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return DecodeResult.rejected(Problem.error("not_found", "no such file"));
        } catch (IOException e) {
            return DecodeResult.rejected(Problem.error("unreadable", "cannot read: " + e.getMessage()));
        }
    }

    private static byte[] readLimited(InputStream in, long limit) throws IOException {
        return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
    }
}
