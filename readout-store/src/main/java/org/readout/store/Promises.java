package org.readout.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.readout.analysis.StatementRef;
import org.readout.model.Statement;
import org.readout.model.StatementKind;

/**
 * The statements that may promise, as the commitment grouper takes them: commitments (of one state,
 * if asked) and what both sides agreed or committed to, which counts for each of the meeting's states.
 */
final class Promises {
    private Promises() {
    }

    /** @param code the promising state's alpha-3 code; null for all states */
    static List<StatementRef> of(BiFunction<StatementFilter, Page, List<StatementRef>> statements, String code) {
        Map<String, StatementRef> byKey = new LinkedHashMap<>();
        StatementFilter commitments = StatementFilter.ANY.withKind(StatementKind.COMMITMENT);
        StatementFilter both = StatementFilter.ANY.withCountry(Statement.BOTH_COUNTRY);
        List<StatementFilter> filters = List.of(code == null ? commitments : commitments.withCountry(code),
                both.withKind(StatementKind.COMMITMENT), both.withKind(StatementKind.AGREEMENT));
        for (StatementFilter f : filters) {
            all(statements, f).forEach(r -> byKey.putIfAbsent(r.key(), r));
        }
        return List.copyOf(byKey.values());
    }

    private static List<StatementRef> all(BiFunction<StatementFilter, Page, List<StatementRef>> statements,
                                          StatementFilter filter) {
        List<StatementRef> all = new ArrayList<>();
        for (int offset = 0; ; offset += Page.MAX_LIMIT) {
            List<StatementRef> page = statements.apply(filter, new Page(Page.MAX_LIMIT, offset));
            all.addAll(page);
            if (page.size() < Page.MAX_LIMIT) {
                return all;
            }
        }
    }
}
