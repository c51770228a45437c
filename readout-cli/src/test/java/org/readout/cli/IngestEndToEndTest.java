package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.store.DocumentSummary;
import org.readout.store.Page;
import org.readout.store.Store;
import org.readout.store.StoreConfig;

/** {@code readout ingest} and {@code readout check} on a real store in a temporary folder. */
class IngestEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void ingestsTheExamplesOnceAndLeavesThemUnchangedTheSecondTime() {
        String examples = Cli.repositoryRoot().resolve("examples").toString();
        String store = dir.resolve("store").toString();

        Cli.Result first = Cli.run("ingest", "--store", store, examples);
        assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCodes.OK);
        assertThat(first.outLines()).singleElement().asString()
                .matches("5 new, 0 unchanged, 0 failed; store: 5 documents, 5 events, \\d+ statements, \\d+ meetings, \\d+ actors");
        assertThat(Files.isRegularFile(dir.resolve("store").resolve(Store.DATABASE_FILE))).isTrue();

        Cli.Result second = Cli.run("ingest", "--store", store, examples);
        assertThat(second.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(second.outLines()).singleElement().asString()
                .startsWith("0 new, 5 unchanged, 0 failed; store: 5 documents, 5 events, ")
                .endsWith(first.outLines().get(0).substring(first.outLines().get(0).indexOf("; store:") + 8));

        Cli.Result check = Cli.run("check", "--store", store);
        assertThat(check.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(check.outLines()).last().isEqualTo("ok");
    }

    @Test
    void aDocumentsOriginIsItsPathBelowWhatWasNamedNeverTheFoldersAbove() throws Exception {
        Path home = dir.resolve("home/someone");
        Path corpus = Files.createDirectories(home.resolve("corpus/2024"));
        Files.copy(Cli.repositoryRoot().resolve("examples/000_6c7b1cdc61024ecd.txt"), corpus.resolve("a.txt"));
        Files.copy(Cli.repositoryRoot().resolve("examples/003_b7187f0f73eb9129.txt"), home.resolve("b.txt"));
        String store = dir.resolve("store").toString();

        Cli.Result result = Cli.run("ingest", "--store", store, home.resolve("corpus").toAbsolutePath().toString(),
                home.resolve("b.txt").toAbsolutePath().toString());
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);

        try (Store s = Store.openReadOnly(StoreConfig.at(Path.of(store)))) {
            assertThat(s.documents(Page.first(10))).extracting(DocumentSummary::origin).containsExactly("corpus/2024/a.txt", "b.txt");
        }
    }

    @Test
    void aBadInputGetsOneLineAndTheOthersAreStored() throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        Files.copy(Cli.repositoryRoot().resolve("examples/000_6c7b1cdc61024ecd.txt"), inputs.resolve("good.txt"));
        Files.write(inputs.resolve("empty.txt"), new byte[0]);
        Files.write(inputs.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});

        Cli.Result result = Cli.run("ingest", "--store", dir.resolve("store").toString(), inputs.toString(),
                dir.resolve("missing.txt").toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.SOME_INPUT_FAILED);
        assertThat(result.errLinesNaming("empty.txt")).hasSize(1);
        assertThat(result.errLinesNaming("image.png")).hasSize(1);
        assertThat(result.errLinesNaming("missing.txt")).singleElement().asString().endsWith("no such file");
        assertThat(result.outLines()).singleElement().asString().startsWith("1 new, 0 unchanged, 3 failed; store: 1 documents");
    }

    @Test
    void aStoreThatCannotBeOpenedIsOneLineAndStatusOne() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        Cli.Result result = Cli.run("ingest", "--store", notAFolder.toString(),
                Cli.repositoryRoot().resolve("examples").toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.SOME_INPUT_FAILED);
        assertThat(result.readoutErrLines()).singleElement().asString().startsWith("readout: store " + notAFolder + ": ");
    }

    @Test
    void checkingAStoreThatIsNotThereSaysSoAndMakesNone() {
        Path missing = dir.resolve("missing");
        Cli.Result result = Cli.run("check", "--store", missing.toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.SOME_INPUT_FAILED);
        assertThat(result.readoutErrLines()).singleElement().asString().startsWith("readout: store " + missing + ": no store here");
        assertThat(missing).doesNotExist();
    }

    @Test
    void theStoreIsTheOptionElseTheEnvironmentVariableElseReadoutData() {
        Path option = Path.of("/x");
        assertThat(StoreLocation.resolve(option, Map.of(StoreConfig.ENVIRONMENT_VARIABLE, "/y"))).isEqualTo(option);
        assertThat(StoreLocation.resolve(null, Map.of(StoreConfig.ENVIRONMENT_VARIABLE, "/y"))).isEqualTo(Path.of("/y"));
        assertThat(StoreLocation.resolve(null, Map.of())).isEqualTo(Path.of("readout-data"));
    }
}
