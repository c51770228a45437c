package org.readout.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The inputs named on the command line: files, folders (walked recursively, in name order) and "-". */
final class InputFiles {
    static final String STDIN = "-";

    private InputFiles() {
    }

    /** Each argument expanded; a path that does not exist stays as it is, to be reported when read. */
    static List<String> expand(List<String> arguments) {
        List<String> out = new ArrayList<>();
        for (String arg : arguments) {
            Path path = Path.of(arg);
            if (!arg.equals(STDIN) && Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted().forEach(p -> out.add(p.toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                out.add(arg);
            }
        }
        return out;
    }
}
