package org.readout.analysis.compare;

import java.util.List;
import java.util.Objects;

/**
 * A meeting's accounts side by side.
 *
 * @param accounts   each account with its statements about this meeting, in the meeting's order
 * @param topics     per topic, each account's statements on it, by topic id
 * @param statements statements lined up across accounts; one-sided where no other account has a counterpart
 * @param framing    per contested concept, the terms each account uses, by concept
 */
public record Comparison(String meetingId, List<Side> accounts, List<TopicView> topics,
                         List<StatementMatch> statements, List<FramingUse> framing) {
    public Comparison {
        Objects.requireNonNull(meetingId, "meetingId");
        accounts = List.copyOf(accounts);
        topics = List.copyOf(topics);
        statements = List.copyOf(statements);
        framing = List.copyOf(framing);
    }

    /** Topics only one account reports (when there are several accounts). */
    public List<TopicView> oneSidedTopics() {
        return topics.stream().filter(t -> accounts.size() > 1 && t.oneSided()).toList();
    }

    /** Statements no other account reports (when there are several accounts). */
    public List<StatementMatch> oneSidedStatements() {
        return statements.stream().filter(s -> accounts.size() > 1 && s.oneSided()).toList();
    }

    /** Concepts the accounts name in different words. */
    public List<FramingUse> framingDifferences() {
        return framing.stream().filter(FramingUse::differs).toList();
    }

    /** Concepts only one account mentions (when there are several accounts). */
    public List<FramingUse> oneSidedConcepts() {
        return framing.stream().filter(f -> accounts.size() > 1 && f.oneSided()).toList();
    }
}
