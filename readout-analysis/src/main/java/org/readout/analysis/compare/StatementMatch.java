package org.readout.analysis.compare;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.readout.model.Statement;

/**
 * One thing said, as each account that reports it words it.
 *
 * @param statements by account key; one entry for a statement no other account reports
 * @param similarity the weakest content-word similarity that joined it (1 for a one-sided statement)
 */
public record StatementMatch(Map<String, Statement> statements, double similarity) {
    public StatementMatch {
        statements = Map.copyOf(statements);
    }

    @JsonProperty("oneSided")
    public boolean oneSided() {
        return statements.size() == 1;
    }
}
