package org.readout.server.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * Builds the request mix from what the server holds, through its API: the busiest country pairs, their
 * timelines, the meetings on those timelines and their statements, searches for the pairs' names, and
 * the actors with most events.
 */
final class MixDiscovery {
    /** Many pairs: the meetings of their timelines are too many for a page cache to answer most of them. */
    static final int PAIRS = 50;
    static final int ACTORS = 10;
    static final int PAGE = 50;

    private final LoadClient client;
    private final Map<Endpoint, List<String>> paths = new EnumMap<>(Endpoint.class);

    private MixDiscovery(LoadClient client) {
        this.client = client;
        for (Endpoint e : Endpoint.values()) {
            paths.put(e, new ArrayList<>());
        }
    }

    static RequestMix discover(LoadClient client) {
        MixDiscovery discovery = new MixDiscovery(client);
        List<JsonNode> pairs = items(client.json("/api/pairs?limit=" + PAIRS));
        if (pairs.isEmpty()) {
            throw new IllegalStateException("the store has no meetings: nothing to load");
        }
        pairs.forEach(discovery::addPair);
        discovery.addActors();
        return new RequestMix(discovery.paths);
    }

    private void addPair(JsonNode pair) {
        String a = pair.get("countries").get(0).asText();
        String b = pair.get("countries").get(1).asText();
        String timeline = "/api/meetings?country=" + encode(a) + "&country=" + encode(b) + "&limit=" + PAGE;
        add(Endpoint.TIMELINE, timeline);
        for (JsonNode meeting : items(client.json(timeline))) {
            String id = encode(meeting.get("id").asText());
            add(Endpoint.MEETING, "/api/meetings/" + id);
            add(Endpoint.STATEMENTS, "/api/statements?meeting=" + id + "&limit=" + PAGE);
        }
        add(Endpoint.STATEMENTS, "/api/statements?country=" + encode(a) + "&limit=" + PAGE);
        add(Endpoint.SEARCH, "/api/search?q=" + encode(pair.get("names").get(1).asText())
                + "&pair=" + encode(a + "," + b) + "&limit=" + PAGE);
        add(Endpoint.SEARCH, "/api/search?q=" + encode(pair.get("names").get(0).asText()) + "&limit=" + PAGE);
    }

    private void addActors() {
        String busiest = "/api/actors?sort=events&limit=" + PAGE;
        add(Endpoint.ACTORS, busiest);
        add(Endpoint.ACTORS, "/api/actors?limit=" + PAGE);
        items(client.json(busiest)).stream().limit(ACTORS)
                .forEach(actor -> add(Endpoint.ACTORS, "/api/actors/" + encode(actor.get("id").asText())));
    }

    private void add(Endpoint endpoint, String path) {
        paths.get(endpoint).add(path);
    }

    private static List<JsonNode> items(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false).toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
