package org.readout.server.api;

import org.readout.store.Actor;
import org.readout.store.Store;

/** Filters name a person by actor id or by any spelling; the store's filters take a spelling. */
final class Actors {
    private Actors() {
    }

    /** The name of the actor with this id, else the text as given (a spelling); null for null. */
    static String name(Store store, String idOrName) {
        if (idOrName == null) {
            return null;
        }
        return store.actorById(idOrName).map(Actor::name).orElse(idOrName);
    }
}
