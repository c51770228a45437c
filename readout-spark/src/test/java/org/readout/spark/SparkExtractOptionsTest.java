package org.readout.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SparkExtractOptionsTest {
    @Test
    void everyOutputIsWrittenUnlessSomeAreNamed() {
        assertThat(parse("in", "out").outputs).isEqualTo(EnumSet.allOf(Output.class));
        assertThat(parse("--outputs", "Records,gdelt", "in", "out").outputs).containsExactlyInAnyOrder(Output.RECORDS, Output.GDELT);
    }

    @Test
    void anUnknownOutputIsRefusedWithTheNamesThereAre() {
        assertThatThrownBy(() -> parse("--outputs", "records,tables", "in", "out"))
                .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("tables").hasMessageContaining("GDELT");
    }

    private static SparkExtract parse(String... args) {
        CommandLine command = SparkExtract.commandLine();
        command.parseArgs(args);
        return command.getCommand();
    }
}
