package org.readout.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** The served OpenAPI document parses, describes exactly the routes the server has, and its references resolve. */
class OpenApiTest {
    private static final Pattern REF = Pattern.compile("\\$ref: \"#/components/(\\w+)/(\\w+)\"");

    @TempDir
    static Path dir;
    static TestServer server;
    static String yaml;
    static Map<String, Object> doc;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir);
        var r = server.get("/api/openapi.yaml");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/yaml"));
        yaml = r.body();
        doc = new Yaml().load(yaml);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void itIsOpenApi31() {
        assertThat(doc.get("openapi")).isEqualTo("3.1.0");
        assertThat(map(doc.get("info")).get("title")).isEqualTo("Readout API");
    }

    @Test
    void everyRouteIsDescribedAndEveryDescribedRouteIsServed() {
        List<String> described = new ArrayList<>();
        map(doc.get("paths")).forEach((path, item) -> map(item).keySet()
                .forEach(method -> described.add(method.toUpperCase(Locale.ROOT) + " " + path)));
        List<String> served = server.server().routes().stream().filter(r -> r.contains(" /api")).toList();
        assertThat(described).containsExactlyInAnyOrderElementsOf(served);
    }

    @Test
    void everyOperationAnswersSuccessAndDescribesItsErrors() {
        map(doc.get("paths")).forEach((path, item) -> map(item).forEach((method, op) -> {
            Map<String, Object> responses = map(map(op).get("responses"));
            assertThat(responses.keySet()).as(method + " " + path).anyMatch(code -> code.startsWith("2"));
            if (!path.equals("/api") && !path.equals("/api/openapi.yaml") && !path.equals("/api/taxonomy")) {
                assertThat(responses.keySet()).as(method + " " + path).anyMatch(code -> code.startsWith("4"));
            }
        }));
    }

    @Test
    void everyReferenceResolves() {
        Map<String, Object> components = map(doc.get("components"));
        Matcher m = REF.matcher(yaml);
        int refs = 0;
        while (m.find()) {
            refs++;
            assertThat(map(components.get(m.group(1)))).as(m.group()).containsKey(m.group(2));
        }
        assertThat(refs).isGreaterThan(50);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        assertThat(o).isInstanceOf(Map.class);
        return (Map<String, Object>) o;
    }
}
