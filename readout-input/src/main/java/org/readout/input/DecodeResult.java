package org.readout.input;

import java.util.List;
import org.readout.model.Problem;
import org.readout.model.SourceDocument;

/**
 * What decoding made of some bytes: a document plus warnings, or no document and the ERROR
 * problem that says why not.
 */
public record DecodeResult(SourceDocument document, List<Problem> problems) {
    public DecodeResult {
        problems = List.copyOf(problems);
        boolean hasError = problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
        if (hasError == (document != null)) {
            throw new IllegalArgumentException("a result has either a document or an ERROR problem, not both or neither");
        }
    }

    public static DecodeResult rejected(Problem problem) {
        return new DecodeResult(null, List.of(problem));
    }

    public boolean accepted() {
        return document != null;
    }
}
