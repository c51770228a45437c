package org.readout.analysis.codes;

import java.util.List;
import java.util.Map;
import org.readout.analysis.Account;
import org.readout.analysis.Meeting;
import org.readout.analysis.compare.AccountComparison;
import org.readout.analysis.compare.StatementMatch;
import org.readout.model.ReadoutRecord;
import org.readout.model.Statement;

/**
 * One thing said at a meeting, however many accounts report it (lined up by {@link AccountComparison}),
 * with the states it goes from and to: the speaker's state toward the other side of a two-state
 * meeting; "both" as the first state toward the second. Null where the text does not tell.
 *
 * @param key unique in a store: the first account's key and the statement's place in its record
 */
record Said(Statement statement, List<Account> accounts, String actor, String recipient, String key) {
    static List<Said> of(Meeting meeting, Map<String, ReadoutRecord> records, AccountComparison comparison) {
        Map<String, Account> byKey = meeting.accounts().stream()
                .collect(java.util.stream.Collectors.toMap(Account::key, a -> a));
        return comparison.compare(meeting, records).statements().stream()
                .map(m -> of(m, byKey, meeting.countries(), records)).toList();
    }

    /** Whether "both sides" said it: in PLOVER, each side is then an actor. */
    boolean jointly() {
        return Statement.BOTH_COUNTRY.equals(statement.country());
    }

    private static Said of(StatementMatch match, Map<String, Account> byKey, List<String> states,
                           Map<String, ReadoutRecord> records) {
        Statement first = match.statements().entrySet().stream().min(Map.Entry.comparingByKey()).orElseThrow().getValue();
        List<Account> accounts = match.statements().keySet().stream().sorted().map(byKey::get).toList();
        ReadoutRecord record = records.get(accounts.get(0).documentId());
        String key = accounts.get(0).key() + "|" + (record == null ? first.text() : record.statements().indexOf(first));
        String actor = first.country();
        boolean bilateral = states.size() == 2;
        if (Statement.BOTH_COUNTRY.equals(actor)) {
            return new Said(first, accounts, bilateral ? states.get(0) : null, bilateral ? states.get(1) : null, key);
        }
        String recipient = bilateral && actor != null && states.contains(actor)
                ? states.stream().filter(s -> !s.equals(actor)).findFirst().orElse(null) : null;
        return new Said(first, accounts, actor, recipient, key);
    }
}
