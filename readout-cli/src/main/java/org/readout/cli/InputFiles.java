package org.readout.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.readout.model.Problem;

/**
 * The inputs named on the command line: files, folders (walked recursively, in name order) and
 * "-". What a walk passes over is said, never skipped silently: an unreadable folder, a link that
 * leads nowhere or in a loop, a device or FIFO (errors: the input is lost), a hidden file or
 * folder, a link to a folder (warnings: left out on purpose, the latter because it may loop).
 */
final class InputFiles {
    static final String STDIN = "-";

    /** A path the walk did not read, and why. */
    record Skipped(String path, Problem problem) {
    }

    /**
     * A path to read; its size as the walk found it (0 for standard input and what it could not tell), for progress;
     * and its origin, the path without the folders above what was named ({@code corpus/2024/a.txt} for a file the walk
     * of {@code /home/someone/corpus} found, {@code a.txt} for {@code /home/someone/a.txt} named itself), which the store
     * keeps: no one reading the store or its exports needs, or should see, the folders of whoever ingested it.
     */
    record Input(String path, long bytes, String origin) {
    }

    /** The files to read, in order, and what was passed over. */
    record Expanded(List<Input> files, List<Skipped> skipped) {
        long bytes() {
            return files.stream().mapToLong(Input::bytes).sum();
        }
    }

    private final List<Input> files = new ArrayList<>();
    private final List<Skipped> skipped = new ArrayList<>();
    /** The folder named on the command line whose walk is under way, and the name origins start with. */
    private Path root;
    private String rootName;

    private InputFiles() {
    }

    /** Each argument expanded; a path that is not a folder stays as it is, to be reported when read. */
    static Expanded expand(List<String> arguments) {
        InputFiles walk = new InputFiles();
        for (String arg : arguments) {
            Path path = Path.of(arg);
            if (!arg.equals(STDIN) && Files.isDirectory(path)) {
                walk.root = path;
                walk.rootName = nameOf(path);
                walk.folder(path);
            } else {
                walk.files.add(new Input(arg, sizeOrZero(path), arg.equals(STDIN) ? arg : nameOf(path)));
            }
        }
        return new Expanded(List.copyOf(walk.files), List.copyOf(walk.skipped));
    }

    private void folder(Path dir) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
        } catch (IOException | SecurityException e) {
            skip(dir, Problem.error("unreadable_folder", "cannot read folder: " + reason(e)));
            return;
        }
        entries.sort(null);
        entries.forEach(this::entry);
    }

    private void entry(Path path) {
        if (path.getFileName().toString().startsWith(".")) {
            skip(path, Problem.warning("hidden", "hidden, left out"));
            return;
        }
        BasicFileAttributes own;
        try {
            own = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            skip(path, Problem.error("unreadable", "cannot read: " + reason(e)));
            return;
        }
        if (own.isSymbolicLink()) {
            link(path);
        } else if (own.isDirectory()) {
            folder(path);
        } else if (own.isRegularFile()) {
            add(path, own.size());
        } else {
            skip(path, Problem.error("not_regular", "not a regular file (a device, FIFO or socket), not read"));
        }
    }

    private void link(Path path) {
        BasicFileAttributes target;
        try {
            target = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (FileSystemException e) {
            String why = e.getReason() != null && e.getReason().contains("levels of symbolic links") ? "a link in a loop" : "a link to nothing";
            skip(path, Problem.error("bad_link", why + ", not read"));
            return;
        } catch (IOException e) {
            skip(path, Problem.error("unreadable", "cannot read: " + reason(e)));
            return;
        }
        if (target.isRegularFile()) {
            add(path, target.size());
        } else if (target.isDirectory()) {
            skip(path, Problem.warning("link_to_folder", "a link to a folder, not followed (name the folder itself to read it)"));
        } else {
            skip(path, Problem.error("not_regular", "a link to something that is not a regular file, not read"));
        }
    }

    private void add(Path path, long size) {
        StringBuilder origin = new StringBuilder(rootName);
        for (Path part : root.relativize(path)) {
            origin.append(origin.length() == 0 ? "" : "/").append(part);
        }
        files.add(new Input(path.toString(), size, origin.toString()));
    }

    /** A path's last name, "" for the root of a file system; "." and ".." as the folders they stand for. */
    private static String nameOf(Path path) {
        Path name = path.toAbsolutePath().normalize().getFileName();
        return name == null ? "" : name.toString();
    }

    private void skip(Path path, Problem problem) {
        skipped.add(new Skipped(path.toString(), problem));
    }

    private static long sizeOrZero(Path path) {
        try {
            return Files.isRegularFile(path) ? Files.size(path) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static String reason(Exception e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
