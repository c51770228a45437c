package org.readout.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.readout.analysis.Account;
import org.readout.analysis.Meeting;
import org.readout.analysis.codes.CameoCoder;
import org.readout.analysis.codes.EventIds;
import org.readout.analysis.codes.GdeltEvent;
import org.readout.analysis.codes.GdeltTsv;
import org.readout.analysis.codes.PloverCoder;
import org.readout.analysis.codes.PloverEvent;
import org.readout.model.ReadoutRecord;
import org.readout.store.MeetingDetail;
import org.readout.store.MeetingFilter;
import org.readout.store.Page;
import org.readout.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code readout export}: the whole store for other tools. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Export the whole store for other tools: jsonl, csv, parquet, json, gdelt (or cameo) or plover.", "",
            "  jsonl    every record, one a line, as readout extract writes them",
            "  csv      the documents, events, participants, statements and meetings",
            "           tables, a CSV file each, in a folder; a list is a JSON array",
            "  parquet  the same tables as Parquet files; lists are lists",
            "  json     the same tables as JSON files, each an array of rows",
            "  gdelt    meetings and statements coded in CAMEO, as rows of GDELT 2.0's",
            "           event table: 61 tab-separated columns, no header line",
            "  cameo    the same as gdelt",
            "  plover   meetings and statements coded in PLOVER, one JSON event a line,",
            "           with PLOVER's field names",
            "",
            "See CODES.md for the codes and columns, docs/data.md for the tables."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the export is written", "1:the store could not be opened or read, or the output could not be written",
            "2:usage error (bad option; csv, parquet and json need --out DIR)", "3:internal error"})
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "jsonl, csv, parquet, json, gdelt, cameo (= gdelt) or plover.")
    ExportFormat format;

    @Option(names = "--out", paramLabel = "PATH",
            description = "The file (jsonl, gdelt, cameo, plover; default: standard output) or the folder, created if missing (csv, parquet, json).")
    Path out;

    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (format.tables() != null && out == null) {
            throw new ParameterException(spec.commandLine(), "--format " + format + " writes a folder of files: name it with --out DIR");
        }
        if (format.tables() == null && out != null && Files.isDirectory(out)) {
            throw new ParameterException(spec.commandLine(), "--format " + format + " writes one file, and " + out + " is a folder");
        }
        return store.query(this::export);
    }

    private int export(Store s) {
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (format.tables() != null) {
                List<Path> files = s.exportTables(out, format.tables());
                spec.commandLine().getOut().println(files.size() + " files in " + out + ": "
                        + files.stream().map(f -> f.getFileName().toString()).collect(Collectors.joining(", ")));
            } else if (out == null) {
                write(s, spec.commandLine().getOut());
            } else {
                long written;
                try (PrintWriter file = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
                    written = write(s, file);
                    if (file.checkError()) {
                        throw new IOException("write failed");
                    }
                }
                spec.commandLine().getOut().println(written + (format == ExportFormat.jsonl ? " records" : " events") + " in " + out);
            }
        } catch (IOException | UncheckedIOException e) {
            err.println("readout: cannot write " + out + ": " + e.getMessage());
            return ExitCodes.SOME_INPUT_FAILED;
        }
        return ExitCodes.OK;
    }

    /** Writes the records or the coded events to {@code to}; how many. */
    private long write(Store s, PrintWriter to) {
        EventIds ids = new EventIds();
        long written = switch (format) {
            case jsonl -> records(s, to);
            case gdelt, cameo -> {
                CameoCoder coder = new CameoCoder();
                GdeltTsv tsv = new GdeltTsv(to);
                yield eachMeeting(s, (m, records, added) -> {
                    List<GdeltEvent> events = coder.code(m, records, added, ids);
                    events.forEach(tsv::write);
                    return events.size();
                });
            }
            case plover -> {
                PloverCoder coder = new PloverCoder();
                yield eachMeeting(s, (m, records, added) -> {
                    List<PloverEvent> events = coder.code(m, records, added, ids);
                    events.forEach(e -> to.println(e.toJson()));
                    return events.size();
                });
            }
            case csv, parquet, json -> throw new IllegalStateException(format + " is written by the store");
        };
        to.flush();
        return written;
    }

    /** Writes the coded events of one meeting; how many. */
    @FunctionalInterface
    private interface MeetingWriter {
        int write(Meeting meeting, Map<String, ReadoutRecord> records, LocalDateTime added);
    }

    private static long records(Store s, PrintWriter to) {
        JsonRecordWriter writer = new JsonRecordWriter(to, false);
        AtomicLong written = new AtomicLong();
        s.forEachRecord(r -> {
            writer.write(r);
            written.incrementAndGet();
        });
        return written.get();
    }

    /**
     * Has {@code writer} write every meeting, with its accounts' records and when the first of them
     * was stored, in the store's meeting order (so that ids come out the same each time); how many events.
     */
    private static long eachMeeting(Store s, MeetingWriter writer) {
        long lines = 0;
        for (int offset = 0; ; offset += Page.MAX_LIMIT) {
            List<Meeting> page = s.meetings(MeetingFilter.ANY, new Page(Page.MAX_LIMIT, offset));
            for (Meeting m : page) {
                Map<String, ReadoutRecord> records = s.meeting(m.id()).map(MeetingDetail::recordsByDocumentId).orElse(Map.of());
                LocalDateTime added = s.firstIngested(m.accounts().stream().map(Account::documentId).distinct().toList())
                        .orElseThrow(() -> new IllegalStateException("meeting " + m.id() + " has no stored document"));
                lines += writer.write(m, records, added);
            }
            if (page.size() < Page.MAX_LIMIT) {
                return lines;
            }
        }
    }
}
