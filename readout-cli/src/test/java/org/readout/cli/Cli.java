package org.readout.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the {@code readout} command in this JVM (standard streams swapped) or as a child process of the shaded jar. */
final class Cli {
    private static final long CHILD_TIMEOUT_SECONDS = 180;

    /** What one run of the command gave: its exit code and everything it wrote. */
    record Result(int exitCode, String out, String err) {
        List<String> outLines() {
            return out.lines().filter(l -> !l.isBlank()).toList();
        }

        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }

        /** The command's own lines on standard error (libraries may print there too). */
        List<String> readoutErrLines() {
            return errLines().stream().filter(l -> l.startsWith("readout: ")).toList();
        }

        /** The command's lines on standard error that name {@code fileName}. */
        List<String> errLinesNaming(String fileName) {
            return readoutErrLines().stream().filter(l -> l.contains(fileName)).toList();
        }
    }

    private Cli() {
    }

    static Result run(String... args) {
        return runWithInput(new byte[0], args);
    }

    /** Main.run in-process, with {@code stdin} as standard input; the streams are restored afterwards. */
    static synchronized Result runWithInput(byte[] stdin, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        InputStream oldIn = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Charset charset = Charset.defaultCharset();
        int code;
        try {
            System.setOut(new PrintStream(out, true, charset));
            System.setErr(new PrintStream(err, true, charset));
            System.setIn(new ByteArrayInputStream(stdin));
            code = Main.run(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            System.setIn(oldIn);
        }
        return new Result(code, out.toString(charset), err.toString(charset));
    }

    /** The folder holding {@code examples} and the parent {@code pom.xml}, found by walking up from the working directory. */
    static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("examples")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("no folder with examples/ and pom.xml above " + Path.of("").toAbsolutePath());
    }

    static Path jar() {
        return repositoryRoot().resolve("readout-cli/target/readout.jar");
    }

    /** {@code java -jar readout.jar args} from the repository root, with {@code stdin} piped in. */
    static Result runJar(byte[] stdin, String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-jar", jar().toString()));
        command.addAll(Arrays.asList(args));
        Path out = Files.createTempFile("readout-out", ".txt");
        Path err = Files.createTempFile("readout-err", ".txt");
        try {
            Process process = new ProcessBuilder(command).directory(repositoryRoot().toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            try (var in = process.getOutputStream()) {
                in.write(stdin);
            }
            if (!process.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("readout did not finish in " + CHILD_TIMEOUT_SECONDS + " s: " + command);
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
