package org.readout.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The files under a Hadoop path (local, HDFS, S3 through its connector), read recursively, in name order, each
 * with the name a document read from it is known by: as on the command line, a relative input's files by their
 * path as given ({@code corpus/a.txt}), others by their full address (which the store shortens to the file name
 * when it is a local one);
 * hidden ones ("." and "_" first, as Hadoop's own input formats skip them: checksums, _SUCCESS) left out.
 * Listed on the driver: Spark's binaryFiles would hand each file its partition's whole split, which every
 * file then decodes again, so a partition of n files costs n² path parses.
 */
final class HadoopFiles {
    private HadoopFiles() {
    }

    /** A file's address, and the name its documents are known by. */
    record InputFile(String address, String name) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    static List<InputFile> under(String input, Configuration conf) {
        Path given = new Path(input);
        List<String> files = new ArrayList<>();
        String root;
        try {
            FileSystem fs = given.getFileSystem(conf);
            root = fs.makeQualified(given).toString();
            collect(fs, given, files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + input, e);
        }
        files.sort(null);
        boolean relative = given.toUri().getScheme() == null && !given.isAbsolute();
        return files.stream().map(f -> new InputFile(f, relative ? relativeName(input, root, f) : f)).toList();
    }

    private static String relativeName(String input, String root, String file) {
        String base = input.endsWith("/") ? input.substring(0, input.length() - 1) : input;
        return file.equals(root) ? base : base + file.substring(root.length());
    }

    // listStatus, not listFiles: a located status asks for permissions, which the local file system without
    // Hadoop's native library learns by running a process per file (7 s for 2,000 files)
    private static void collect(FileSystem fs, Path path, List<String> files) throws IOException {
        for (FileStatus status : fs.listStatus(path)) {
            if (hidden(status.getPath().getName())) {
                continue;
            }
            if (status.isDirectory()) {
                collect(fs, status.getPath(), files);
            } else {
                files.add(status.getPath().toString());
            }
        }
    }

    private static boolean hidden(String name) {
        return name.startsWith(".") || name.startsWith("_");
    }
}
