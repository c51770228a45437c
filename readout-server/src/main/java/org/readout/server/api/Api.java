package org.readout.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import org.readout.store.Store;

/** Every endpoint of the REST API under {@code /api}, with the headers and the problem JSON they share. */
public final class Api {
    private Api() {
    }

    /**
     * @param ingestToken  the token POST /api/documents requires; null for a read-only server
     * @param maxBodyBytes the largest request body accepted
     * @param extractions  the most texts extracted at once
     * @param json         the mapper the server writes JSON with, to read posted JSON alike
     */
    public static void register(RoutesConfig routes, Store store, String ingestToken, long maxBodyBytes, int extractions,
            ObjectMapper json) {
        routes.before(SafetyHeaders::add);
        Errors.register(routes);
        TextBody body = new TextBody(maxBodyBytes, json);
        Answers answers = new Answers(json);
        ResponseCache cache = new ResponseCache(store, answers);
        ExtractionSlots slots = new ExtractionSlots(extractions);
        new RootApi(store, ingestToken == null).register(routes);
        new PairsApi(store, answers).register(routes);
        new DocumentsApi(store, answers).register(routes);
        new IngestApi(store, body, slots, ingestToken).register(routes);
        new MeetingsApi(store, cache).register(routes);
        new ActorsApi(store, cache).register(routes);
        new StatementsApi(store, answers).register(routes);
        new TopicsApi(store).register(routes);
        new CommitmentsApi(store, answers).register(routes);
        new SearchApi(store, cache).register(routes);
        new ExtractApi(body, slots, store).register(routes);
    }
}
