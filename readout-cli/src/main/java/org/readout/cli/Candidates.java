package org.readout.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import org.readout.extract.knowledge.TaxonomyIds;
import org.readout.model.StatementKind;
import org.readout.store.SearchHit;
import org.readout.store.TopicCount;

/** What shell completion offers for an option: the values as the options take them (lower case, taxonomy ids). */
final class Candidates {
    private Candidates() {
    }

    private static Iterator<String> lowerCase(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).iterator();
    }

    static final class Kinds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return lowerCase(StatementKind.class);
        }
    }

    static final class HitTypes implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return lowerCase(SearchHit.Type.class);
        }
    }

    static final class Periods implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return lowerCase(TopicCount.Period.class);
        }
    }

    static final class Topics implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return TaxonomyIds.BUNDLED.iterator();
        }
    }
}
