package org.readout.analysis.compare;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.readout.model.Statement;

/** One topic across accounts: each account's statements on it, by account key (accounts with none left out). */
public record TopicView(String topic, Map<String, List<Statement>> statements) {
    public TopicView {
        Objects.requireNonNull(topic, "topic");
        statements = Map.copyOf(statements);
    }

    @JsonProperty("oneSided")
    public boolean oneSided() {
        return statements.size() == 1;
    }
}
