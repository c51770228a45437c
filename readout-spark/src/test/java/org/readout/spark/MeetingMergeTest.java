package org.readout.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readout.analysis.Account;
import org.readout.analysis.Meeting;
import org.readout.analysis.MeetingMerger;
import org.readout.extract.Readout;
import org.readout.model.Event;
import org.readout.model.EventMode;
import org.readout.model.Location;
import org.readout.model.Participant;
import org.readout.model.ReadoutRecord;
import org.readout.store.FactRows;
import org.readout.store.RecordJson;
import scala.Tuple2;

/**
 * The distributed merge against one merger over all reports, on reports written to cross its blocks: pairs of
 * states on days near and far apart, a summit that joins three pairs' runs, a report with no day, one naming a
 * single state.
 */
class MeetingMergeTest {
    private static final Participant WANG = person("Wang Yi", "CHN");
    private static final Participant SON = person("Bui Thanh Son", "VNM");
    private static final Participant BLINKEN = person("Antony Blinken", "USA");
    private static final Participant LAVROV = person("Sergey Lavrov", "RUS");
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("readout-merge-test").config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void theMeetingsAreThoseOneMergerMakesOfAllReports() {
        List<Account> accounts = List.of(
                account("a", "2024-04-01", "Hanoi", WANG, SON), account("b", "2024-04-02", "Hanoi", WANG, SON),
                account("c", "2024-04-04", "Hanoi", WANG, SON), account("d", "2024-06-01", "Hanoi", WANG, SON),
                account("e", null, "Hanoi", WANG, SON),
                account("f", "2024-07-10", "Jakarta", WANG, SON, BLINKEN), account("g", "2024-07-10", "Jakarta", WANG, BLINKEN),
                account("h", "2024-07-11", "Jakarta", SON, BLINKEN), account("i", "2024-07-10", "Jakarta", WANG, SON, BLINKEN),
                account("j", "2024-07-10", "Moscow", LAVROV), account("k", "2024-07-12", "Jakarta", WANG, SON));
        List<Meeting> expected = new MeetingMerger().merge(accounts);

        List<MergedMeeting> merged = new MeetingMerge(Readout.create(), LocalDateTime.of(2024, 8, 1, 0, 0), true)
                .merge(context().parallelize(accounts.stream().map(MeetingMergeTest::report).toList(), 3)).collect();

        assertThat(merged.stream().map(m -> new TreeSet<>(m.accountKeys())).collect(Collectors.toSet()))
                .isEqualTo(expected.stream().map(m -> m.accounts().stream().map(Account::key).collect(Collectors.toCollection(TreeSet::new)))
                        .collect(Collectors.toSet()))
                .contains(new TreeSet<>(Set.of("f#0", "i#0")), new TreeSet<>(Set.of("a#0", "b#0", "c#0")), new TreeSet<>(Set.of("e#0")));
        assertThat(merged).extracting(MergedMeeting::id).containsExactlyInAnyOrderElementsOf(expected.stream().map(Meeting::id).toList());
        assertThat(merged).filteredOn(m -> m.accountKeys().contains("a#0")).singleElement()
                .satisfies(m -> assertThat(m.gdelt()).isNotEmpty().allMatch(line -> line.split("\t", -1).length == 61));
    }

    @Test
    void componentsLabelEveryVertexWithTheSmallestOfItsComponent() {
        JavaPairRDD<String, String> edges = context().parallelizePairs(List.of(
                new Tuple2<>("d", "c"), new Tuple2<>("c", "b"), new Tuple2<>("b", "a"), new Tuple2<>("x", "y")), 2);

        Map<String, String> labels = Components.of(edges).collectAsMap();

        assertThat(labels).containsExactlyInAnyOrderEntriesOf(Map.of("a", "a", "b", "a", "c", "a", "d", "a", "x", "x", "y", "x"));
    }

    private static JavaSparkContext context() {
        return JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    private static Report report(Account a) {
        ReadoutRecord record = new ReadoutRecord(a.doc(), null, "en", a.published(), null, null, null, List.of(a.event()),
                List.of(), List.of(), List.of(), List.of(), null);
        return new Report(a, FactRows.countries(a.event()), new RecordJson().write(record));
    }

    private static Account account(String doc, String date, String city, Participant... people) {
        LocalDate day = date == null ? null : LocalDate.parse(date);
        Event event = new Event(EventMode.VISIT, day, new Location(city, null, null), null, null, Arrays.asList(people), null);
        return new Account(doc, doc + ".txt", 0, null, null, day, event);
    }

    private static Participant person(String name, String country) {
        return new Participant(name, country, new ArrayList<>(List.of("Foreign Minister")));
    }
}
