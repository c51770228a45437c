package org.readout.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.extract.Readout;
import org.readout.extract.knowledge.KnowledgeLoader;
import org.readout.model.ReadoutRecord;
import org.readout.model.SourceDocument;

/** Readout's filter lets through every generated readout that extraction finds an event or a statement in. */
class InteractionFilterSyntheticTest {
    private static final int DOCUMENTS = 500;

    @Test
    void noGeneratedDocumentWithEventsOrStatementsIsTurnedDown() {
        Readout readout = Readout.create();
        List<String> wrong = new ArrayList<>();
        int[] found = {0};
        new SyntheticCorpus(KnowledgeLoader.load(null)).documents(DOCUMENTS, 13).forEach(d -> {
            SourceDocument doc = SourceDocument.of(d.name(), d.text());
            ReadoutRecord record = readout.extract(doc);
            boolean any = !record.events().isEmpty() || !record.statements().isEmpty();
            found[0] += any ? 1 : 0;
            if (any && !readout.mayReport(doc)) {
                wrong.add(d.name());
            }
        });

        assertThat(found[0]).isGreaterThan(DOCUMENTS / 2);
        assertThat(wrong).isEmpty();
    }
}
