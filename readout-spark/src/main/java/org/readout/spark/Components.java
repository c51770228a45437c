package org.readout.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The connected components of an undirected graph given by its edges, each vertex labelled with the smallest
 * vertex of its component: every vertex takes the smallest label among its own and its neighbours' until no
 * label changes, as many rounds as the widest component is long. Runs as Spark jobs; nothing is collected.
 */
final class Components {
    private Components() {
    }

    /** Vertex to its component's label, for every vertex of {@code edges}. */
    static JavaPairRDD<String, String> of(JavaPairRDD<String, String> edges) {
        JavaPairRDD<String, String> both = edges.union(edges.mapToPair(Tuple2::swap)).distinct()
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<String, String> labels = both.keys().distinct().mapToPair(v -> new Tuple2<>(v, v));
        while (true) {
            JavaPairRDD<String, String> next = both.join(labels)
                    .mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2()))
                    .union(labels).reduceByKey(Components::smaller)
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            long changed = next.join(labels).filter(l -> !l._2()._1().equals(l._2()._2())).count();
            labels.unpersist(false);
            labels = next;
            if (changed == 0) {
                both.unpersist(false);
                return labels;
            }
        }
    }

    private static String smaller(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
