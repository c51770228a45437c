package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code readout serve} refusing settings it cannot serve with, before it opens the store or binds a port. */
class ServeCommandTest {
    @Test
    void tooFewThreadsAreAUsageError() {
        Cli.Result r = Cli.run("serve", "--threads", "2");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.readoutErrLines()).singleElement().asString().contains("at least 4 threads");
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        Cli.Result r = Cli.run("serve", "--port", "70000");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.readoutErrLines()).singleElement().asString().contains("bad port 70000");
    }
}
