package org.readout.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.readout.extract.Version;
import org.readout.store.Store;

/** What the API is: its entry point with the store's counts and links, its OpenAPI description, the topic taxonomy. */
public final class RootApi {
    public static final String OPENAPI = "/readout/server/openapi.yaml";
    private static final String TAXONOMY = "/readout/knowledge/taxonomy.json";

    private final Store store;
    private final boolean readOnly;
    private final byte[] openApi = Resources.read(OPENAPI);
    private final Map<String, JsonNode> taxonomy;

    public RootApi(Store store, boolean readOnly) {
        this.store = store;
        this.readOnly = readOnly;
        this.taxonomy = Map.of("topics", topics());
    }

    public void register(RoutesConfig routes) {
        routes.get("/api", this::root);
        routes.get("/api/openapi.yaml", ctx -> ctx.contentType("text/yaml; charset=utf-8").result(openApi));
        routes.get("/api/taxonomy", ctx -> ctx.json(taxonomy));
    }

    private void root(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", Version.get());
        body.put("readOnly", readOnly);
        body.put("counts", store.counts());
        body.put("links", links());
        ctx.json(body);
    }

    private static Map<String, String> links() {
        Map<String, String> links = new LinkedHashMap<>();
        for (String name : new String[] {"openapi.yaml", "taxonomy", "pairs", "documents", "records", "meetings", "actors",
            "statements", "topics", "commitments", "search", "extract"}) {
            links.put(name.replace(".yaml", ""), "/api/" + name);
        }
        return links;
    }

    private static JsonNode topics() {
        try {
            return new ObjectMapper().readTree(Resources.read(TAXONOMY)).get("topics");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
