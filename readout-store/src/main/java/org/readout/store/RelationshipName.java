package org.readout.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One formal name two states' relationship is given ("comprehensive strategic cooperative partnership"), when it was
 * first and last given, and by which accounts: how a pair's name changes over the years.
 *
 * @param label the name as the records write it
 * @param first the earliest day an account of the pair gives it; null when none is dated
 * @param last  the latest such day; null when none is dated
 * @param uses  each document that gives it, in date order (undated last)
 */
public record RelationshipName(String label, LocalDate first, LocalDate last, List<Use> uses) {
    public RelationshipName {
        Objects.requireNonNull(label, "label");
        uses = List.copyOf(uses);
    }

    /**
     * A document of the pair that gives the name.
     *
     * @param documentId  the stored document's id
     * @param doc         its file name
     * @param title       its headline, if any
     * @param outlet      who published it, if known
     * @param perspective the state whose side it reports, if known
     * @param url         where it was published, if known
     * @param date        the day of its first event of the pair, else its publication; null when neither is known
     */
    public record Use(String documentId, String doc, String title, String outlet, String perspective, String url, LocalDate date) {
        public Use {
            Objects.requireNonNull(documentId, "documentId");
        }
    }
}
