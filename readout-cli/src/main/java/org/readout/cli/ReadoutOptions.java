package org.readout.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.readout.extract.Readout;
import org.readout.extract.ReadoutConfig;
import org.readout.input.DecodeResult;
import org.readout.input.DocumentId;
import org.readout.input.InputDecoder;
import org.readout.input.InputLimits;
import org.readout.model.Problem;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code extract} and {@code bench} share (a picocli mixin): the inputs, the size limit,
 * the knowledge folder, and the decoding and the {@link Readout} they make of them.
 */
final class ReadoutOptions {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders (read recursively) or - for standard input.")
    List<String> paths;

    @Option(names = "--max-bytes", defaultValue = "5242880", description = "Largest document accepted, in bytes. Default: ${DEFAULT-VALUE}.")
    long maxBytes;

    @Option(names = "--knowledge", paramLabel = "DIR", description = "A folder of knowledge files that replace the bundled ones of the same name.")
    Path knowledge;

    Readout readout() {
        return Readout.create(ReadoutConfig.withKnowledge(knowledge));
    }

    /** The inputs, folders expanded. */
    List<String> inputs() {
        return InputFiles.expand(paths);
    }

    /** The options to give another run of the command so that it reads as this one does. */
    List<String> asArguments() {
        List<String> args = new ArrayList<>(List.of("--max-bytes", String.valueOf(maxBytes)));
        if (knowledge != null) {
            args.addAll(List.of("--knowledge", knowledge.toString()));
        }
        return args;
    }

    /** One input decoded, or rejected with the reason (missing, unreadable, too large, binary). */
    DecodeResult read(String path) {
        InputLimits limits = new InputLimits(maxBytes);
        InputDecoder decoder = new InputDecoder(limits);
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
