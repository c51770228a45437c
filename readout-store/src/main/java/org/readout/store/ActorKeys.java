package org.readout.store;

import java.util.Optional;
import org.readout.extract.knowledge.Countries;
import org.readout.extract.knowledge.Knowledge;
import org.readout.extract.knowledge.Officials;
import org.readout.extract.text.Fold;
import org.readout.model.Statement;

/**
 * Which person a name means: spellings that differ only in case, diacritics or punctuation are one
 * person, and so are the variants the officials file gives for one official. The id is derived from
 * the folded name, so it is the same whatever order documents arrive in. Swap this class to resolve
 * people differently (by country, by office, by an external registry).
 */
final class ActorKeys {
    /** A resolved person: the id and the name to show (the officials file's spelling where it knows them). */
    record ActorKey(String id, String name) {
    }

    private final Officials officials;
    private final Countries countries;

    ActorKeys(Knowledge knowledge) {
        this.officials = knowledge.officials();
        this.countries = knowledge.countries();
    }

    /** The person a speaker or participant name means; empty for "both" and for a state speaking as itself. */
    Optional<ActorKey> resolve(String name) {
        if (name == null || Statement.BOTH.equalsIgnoreCase(name.strip()) || countries.byName(name).isPresent()) {
            return Optional.empty();
        }
        String shown = officials.canonicalName(name).orElse(name.strip());
        String key = Fold.key(shown);
        return key.isEmpty() ? Optional.empty() : Optional.of(new ActorKey("a" + ContentHash.of(key).substring(0, 12), shown));
    }
}
