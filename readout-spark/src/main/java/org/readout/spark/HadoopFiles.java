package org.readout.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The files under a Hadoop path (local, HDFS, S3 through its connector), read recursively, in name order;
 * hidden ones ("." and "_" first, as Hadoop's own input formats skip them: checksums, _SUCCESS) left out.
 * Listed on the driver: Spark's binaryFiles would hand each file its partition's whole split, which every
 * file then decodes again, so a partition of n files costs n² path parses.
 */
final class HadoopFiles {
    private HadoopFiles() {
    }

    static List<String> under(String input, Configuration conf) {
        Path root = new Path(input);
        List<String> files = new ArrayList<>();
        try {
            collect(root.getFileSystem(conf), root, files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + input, e);
        }
        files.sort(null);
        return files;
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
