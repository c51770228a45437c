package org.readout.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readout.model.Problem;
import org.readout.model.ReadoutRecord;

class ReadoutBudgetTest {
    private static final String READOUT = """
            Vietnamese Foreign Minister Tran Van Minh met German Foreign Minister Anna Keller in Hanoi on 3 March 2024.
            Tran said Vietnam is ready to expand trade with Germany.
            """;
    private static Readout readout;

    @BeforeAll
    static void create() {
        readout = Readout.create();
    }

    @Test
    void textPastTheSizeBudgetIsCutWithAWarningAndWhatIsLeftIsRead() {
        Readout small = Readout.create(ReadoutConfig.defaults().withBudget(READOUT.length(), Duration.ofSeconds(30)));

        ReadoutRecord r = small.extract("long.txt", READOUT + "Keller said more. ".repeat(1_000));

        assertThat(r.problems()).extracting(Problem::code).contains("truncated");
        assertThat(r.events()).singleElement().satisfies(e -> assertThat(e.location().city()).isEqualTo("Hanoi"));
    }

    @Test
    void aCutNeverSplitsACharacterInTwo() {
        String text = "a".repeat(9) + "😀" + "b".repeat(10);
        Readout small = Readout.create(ReadoutConfig.defaults().withBudget(10, Duration.ZERO));

        assertThat(small.extract("emoji.txt", text).problems()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("only the first 9"));
    }

    @Test
    void aDocumentPastTheTimeBudgetIsReportedAndTheNextOneIsRead() {
        Readout hurried = Readout.create(ReadoutConfig.defaults().withBudget(ReadoutConfig.DEFAULT_MAX_CHARS, Duration.ofMillis(1)));
        String slow = (READOUT + "\n").repeat(2_000);

        ReadoutRecord stopped = hurried.extract("slow.txt", slow);
        ReadoutRecord next = readout.extract("next.txt", READOUT);

        assertThat(stopped.hasErrors()).isTrue();
        assertThat(stopped.problems()).extracting(Problem::code).containsExactly("time_budget");
        assertThat(stopped.events()).isEmpty();
        assertThat(next.events()).hasSize(1);
    }

    @Test
    void budgetsMustBeSensible() {
        assertThatThrownBy(() -> ReadoutConfig.defaults().withBudget(0, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReadoutConfig.defaults().withBudget(10, Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(ReadoutConfig.defaults().timeBudget()).isEqualTo(Duration.ofMillis(ReadoutConfig.DEFAULT_TIME_BUDGET_MILLIS));
    }
}
