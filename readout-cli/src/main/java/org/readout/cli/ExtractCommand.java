package org.readout.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.readout.extract.Readout;
import org.readout.extract.ReadoutConfig;
import org.readout.input.DecodeResult;
import org.readout.input.DocumentId;
import org.readout.input.InputDecoder;
import org.readout.input.InputLimits;
import org.readout.model.Problem;
import org.readout.model.ReadoutRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code readout extract}: one record per input document. A bad input gets one line on standard
 * error and does not stop the others; the exit status says whether any failed.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract a readout record from each document (plain text in any common encoding, or HTML).")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders (read recursively) or - for standard input.")
    List<String> paths;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (one record a line), json (an array) or text (for a person). Default: ${DEFAULT-VALUE}.")
    RecordFormat format;

    @Option(names = "--max-bytes", defaultValue = "5242880", description = "Largest document accepted, in bytes. Default: ${DEFAULT-VALUE}.")
    long maxBytes;

    @Option(names = "--knowledge", paramLabel = "DIR", description = "A folder of knowledge files that replace the bundled ones of the same name.")
    Path knowledge;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InputLimits limits = new InputLimits(maxBytes);
        InputDecoder decoder = new InputDecoder(limits);
        Readout readout = Readout.create(new ReadoutConfig(knowledge));
        RecordWriter writer = format.writer(out);
        boolean failed = false;
        for (String path : InputFiles.expand(paths)) {
            DecodeResult decoded = read(path, limits, decoder);
            decoded.problems().forEach(p -> report(err, path, p));
            if (!decoded.accepted()) {
                failed = true;
                continue;
            }
            try {
                ReadoutRecord record = readout.extract(decoded.document());
                record.problems().forEach(p -> report(err, path, p));
                writer.write(record);
                out.flush();
            } catch (RuntimeException e) {
                err.println("readout: " + path + ": internal error while extracting: " + e);
                failed = true;
            }
        }
        writer.finish();
        out.flush();
        return failed ? ExitCodes.SOME_INPUT_FAILED : ExitCodes.OK;
    }

    private static DecodeResult read(String path, InputLimits limits, InputDecoder decoder) {
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

    private static void report(PrintWriter err, String path, Problem p) {
        String level = p.severity() == Problem.Severity.ERROR ? "" : "warning: ";
        err.println("readout: " + path + ": " + level + p.message());
    }
}
