package org.readout.cli;

import java.time.LocalDate;
import org.readout.model.StatementKind;
import org.readout.store.SearchHit;
import org.readout.store.TopicCount;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code readout} command. */
@Command(name = "readout", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns diplomatic readouts into structured records.",
        subcommands = {ExtractCommand.class, IngestCommand.class, CheckCommand.class,
            MeetingsCommand.class, MeetingCommand.class, StatementsCommand.class, TopicsCommand.class,
            CommitmentsCommand.class, LabelsCommand.class, SearchCommand.class, ExportCommand.class, ServeCommand.class,
            CompletionCommand.class, ManCommand.class,
            BenchCommand.class, BenchCorpusCommand.class, BenchSizesCommand.class, BenchStoreCommand.class, BenchServeCommand.class, BenchReadCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done: every input gave its record, or the store answered",
            "1:some input could not be read (each named on standard error; the others gave their records),"
                    + " or the store could not be used, or what was asked for is not in it",
            "2:usage error (bad option or argument)",
            "3:internal error (a bug: please report it)"})
public final class Main {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        // --kind commitment, --by year: enum values as the record contract writes them, in lower case
        CommandLine cli = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
                .registerConverter(LocalDate.class, new IsoDate())
                .registerConverter(StatementKind.class, new EnumName<>(StatementKind.class, "kind"))
                .registerConverter(SearchHit.Type.class, new EnumName<>(SearchHit.Type.class, "type"))
                .registerConverter(TopicCount.Period.class, new EnumName<>(TopicCount.Period.class, "period"))
                .setUsageHelpAutoWidth(true); // --help as wide as the terminal, as the tables are
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("readout: internal error: " + e);
            return ExitCodes.INTERNAL;
        });
        return cli.execute(args);
    }
}
