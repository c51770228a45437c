package org.readout.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.readout.analysis.MeetingMerger;
import org.readout.extract.Readout;
import scala.Tuple2;

/**
 * Merges the reports of a whole corpus into meetings without collecting them anywhere: the store's merger runs
 * on groups that no report outside can match. Two accounts of one meeting name the same two states or more
 * and lie at most {@link MeetingMerger#MAX_DAYS_APART} days apart (their date, else their document's), so
 * reports are blocked on each pair of states they name, and a pair's reports are cut into runs wherever
 * they lie further apart than that; a report with no day at all may join a meeting of any date, so a pair with
 * one is a single run. A run is a group; runs that share a report of three states or more are joined into one
 * ({@link Components}). A report naming fewer than two states matches no other one: it is a meeting of its own. The merger's result does not depend on its input's order, so the
 * meetings are those one merger would make of the whole corpus, as the store's are.
 */
final class MeetingMerge {
    private final MeetingCoding coding;

    /** @param coded whether the meetings' GDELT and PLOVER events are made */
    MeetingMerge(Readout readout, LocalDateTime added, boolean coded) {
        this.coding = new MeetingCoding(readout, added, coded);
    }

    JavaRDD<MergedMeeting> merge(JavaRDD<Report> reports) {
        JavaRDD<List<Report>> alone = reports.filter(r -> !mergeable(r)).map(List::of);
        JavaRDD<Run> runs = reports.filter(MeetingMerge::mergeable)
                .flatMapToPair(r -> {
                    List<Tuple2<String, Placed>> placed = new ArrayList<>();
                    List<String> pairs = pairs(r.countries());
                    for (int i = 0; i < pairs.size(); i++) {
                        // the report itself travels with its first pair only; its others need its place
                        placed.add(new Tuple2<>(pairs.get(i), new Placed(r.account().key(), r.day(), pairs.size() > 1, i == 0 ? r : null)));
                    }
                    return placed.iterator();
                })
                .groupByKey().flatMap(pair -> runs(pair._1(), pair._2()).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<String, String> edges = runs.flatMapToPair(run -> run.shared().stream().map(key -> new Tuple2<>(key, run.id())).iterator())
                .groupByKey().flatMapToPair(shared -> {
                    List<String> ids = StreamSupport.stream(shared._2().spliterator(), false).sorted().toList();
                    return ids.stream().skip(1).map(id -> new Tuple2<>(ids.get(0), id)).iterator();
                });
        JavaRDD<List<Report>> joined = runs.filter(run -> !run.shared().isEmpty())
                .mapToPair(run -> new Tuple2<>(run.id(), run.reports()))
                .join(Components.of(edges))
                .mapToPair(run -> new Tuple2<>(run._2()._2(), run._2()._1()))
                .reduceByKey(MeetingMerge::concat).values();
        JavaRDD<List<Report>> single = runs.filter(run -> run.shared().isEmpty()).map(Run::reports);
        // each coding task builds its coders (a gazetteer, the officials) once: a few tasks per core, not one per input partition
        int tasks = 2 * JavaSparkContext.fromSparkContext(reports.context()).defaultParallelism();
        return alone.union(single).union(joined).coalesce(tasks).mapPartitions(coding);
    }

    private static boolean mergeable(Report r) {
        return r.countries().size() >= 2;
    }

    /** Every pair of the (sorted) states, as "A|B". */
    private static List<String> pairs(List<String> countries) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < countries.size(); i++) {
            for (int j = i + 1; j < countries.size(); j++) {
                pairs.add(countries.get(i) + "|" + countries.get(j));
            }
        }
        return pairs;
    }

    /** A pair's reports cut into runs wherever two days in a row lie more than the merger's widest match apart. */
    private static List<Run> runs(String pair, Iterable<Placed> placed) {
        List<Placed> byDay = StreamSupport.stream(placed.spliterator(), false)
                .sorted(Comparator.comparing(Placed::day, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Placed::key)).toList();
        boolean anyDay = byDay.get(0).day() == null;
        List<Run> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= byDay.size(); i++) {
            if (i == byDay.size() || !anyDay && byDay.get(i).day() - byDay.get(i - 1).day() > MeetingMerger.MAX_DAYS_APART) {
                List<Placed> run = byDay.subList(start, i);
                runs.add(new Run(pair + "@" + (anyDay ? "any" : LocalDate.ofEpochDay(run.get(0).day())),
                        run.stream().filter(p -> p.report() != null).map(Placed::report).toList(),
                        run.stream().filter(Placed::shared).map(Placed::key).toList()));
                start = i;
            }
        }
        return runs;
    }

    private static List<Report> concat(List<Report> a, List<Report> b) {
        List<Report> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** A report's place in one pair's list; the report itself only in its first pair's. */
    private record Placed(String key, Long day, boolean shared, Report report) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * A run of one pair's reports: its id (pair and first day), the reports that travel with it, and the keys of
     * its reports that are in other pairs' runs too, which join those runs into one group.
     */
    private record Run(String id, List<Report> reports, List<String> shared) implements Serializable {
        private static final long serialVersionUID = 1L;
    }
}
