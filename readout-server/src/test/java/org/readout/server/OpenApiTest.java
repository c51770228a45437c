package org.readout.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.server.api.RootApi;
import org.yaml.snakeyaml.Yaml;

/**
 * The served OpenAPI document is valid OpenAPI (swagger-parser), describes exactly the routes the
 * server has, and every documented GET answers, for requests that succeed and that fail, with a body
 * its schema accepts (a JSON Schema validator in OpenAPI 3.1's dialect).
 */
class OpenApiTest {
    private static final Pattern REF = Pattern.compile("\\$ref: \"#/components/(\\w+)/(\\w+)\"");
    /** The document on the class path, which JSON pointers into it are relative to. */
    private static final String LOCATION = "classpath:" + RootApi.OPENAPI.substring(1);

    @TempDir
    static Path dir;
    static TestServer server;
    static String yaml;
    static Map<String, Object> doc;

    @BeforeAll
    static void start() {
        server = TestServer.withExamples(dir);
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
    void itValidatesAsOpenApi() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml, null, options);
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getPaths()).hasSameSizeAs(map(doc.get("paths")));
    }

    /** A comma in a YAML flow mapping ends a plain value: the rest becomes a key without a value. */
    @Test
    void noValueIsCutShort() {
        List<String> cut = new ArrayList<>();
        nulls("", doc, cut);
        assertThat(cut).as("keys without a value").isEmpty();
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

    @Test
    void everyDocumentedReadAnswersWhatItsSchemaSays() throws Exception {
        Map<String, List<String>> requests = requests();
        List<String> gets = map(doc.get("paths")).entrySet().stream().filter(e -> map(e.getValue()).containsKey("get"))
                .map(Map.Entry::getKey).toList();
        assertThat(requests.keySet()).as("a request for every documented GET").containsExactlyInAnyOrderElementsOf(gets);
        SchemaRegistry schemas = SchemaRegistry.withDialect(Dialects.getOpenApi31());
        ObjectMapper json = new ObjectMapper();
        int checked = 0;
        for (var e : requests.entrySet()) {
            for (String request : e.getValue()) {
                HttpResponse<String> r = server.get(request);
                String type = r.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
                Map<String, Object> content = content(e.getKey(), r.statusCode(), request);
                assertThat(content).as(request + " answered " + r.statusCode() + " " + type).containsKey(type);
                if (!type.contains("json")) {
                    continue;
                }
                Schema schema = schemas.getSchema(SchemaLocation.of(LOCATION + "#" + pointer(e.getKey(), r.statusCode(), type)));
                List<Error> errors = schema.validate(json.readTree(r.body()));
                assertThat(errors).as(request + " answered " + r.body()).isEmpty();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(25);
    }

    /** Lists answer CSV to Accept: text/csv, with the same total as their JSON. */
    @Test
    void listsAnswerCsvWithTheirTotal() {
        for (String list : List.of("/api/pairs", "/api/documents", "/api/records", "/api/meetings", "/api/actors",
                "/api/statements", "/api/commitments", "/api/search?q=cooperation")) {
            long total = server.json(list).get("total").asLong();
            HttpResponse<String> csv = server.send(server.request(list).header("Accept", "text/csv").GET().build());
            assertThat(csv.statusCode()).as(list).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type")).as(list).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
            assertThat(csv.headers().firstValue("X-Total-Count")).as(list).hasValue(Long.toString(total));
            assertThat(total).as(list).isPositive();
        }
    }

    /** Concrete requests for each documented GET path: ones that succeed and ones that fail. */
    private static Map<String, List<String>> requests() {
        String document = server.json("/api/documents?limit=1").get("items").get(0).get("id").asText();
        String meeting = server.json("/api/meetings?limit=1").get("items").get(0).get("id").asText();
        String actor = server.json("/api/actors?limit=1").get("items").get(0).get("id").asText();
        Map<String, List<String>> r = new LinkedHashMap<>();
        r.put("/api", List.of("/api"));
        r.put("/api/openapi.yaml", List.of("/api/openapi.yaml"));
        r.put("/api/taxonomy", List.of("/api/taxonomy"));
        r.put("/api/pairs", List.of("/api/pairs", "/api/pairs?limit=0", "/api/pairs?format=csv"));
        r.put("/api/pairs/{a}/{b}/labels", List.of("/api/pairs/CHN/VNM/labels", "/api/pairs/CHN/CHN/labels", "/api/pairs/CHN/Atlantis/labels"));
        r.put("/api/countries/{code}", List.of("/api/countries/VNM", "/api/countries/Atlantis"));
        r.put("/api/documents", List.of("/api/documents", "/api/documents?offset=-1"));
        r.put("/api/documents/{id}", List.of("/api/documents/" + document, "/api/documents/nothing"));
        r.put("/api/records", List.of("/api/records?limit=2", "/api/records?limit=x"));
        r.put("/api/records/{id}", List.of("/api/records/" + document, "/api/records/nothing"));
        r.put("/api/meetings", List.of("/api/meetings", "/api/meetings?country=CHN,VNM&since=2023-01-01",
                "/api/meetings?since=yesterday", "/api/meetings?format=csv"));
        r.put("/api/meetings/{id}", List.of("/api/meetings/" + meeting, "/api/meetings/mnothing"));
        r.put("/api/actors", List.of("/api/actors", "/api/actors?sort=meetings&q=wang", "/api/actors?sort=age"));
        r.put("/api/actors/{id}", List.of("/api/actors/" + actor, "/api/actors/anobody"));
        r.put("/api/statements", List.of("/api/statements", "/api/statements?meeting=" + meeting,
                "/api/statements?topic=" + encode("maritime_disputes") + "&kind=commitment", "/api/statements?topic=weather",
                "/api/statements?format=csv"));
        r.put("/api/topics", List.of("/api/topics?country=CHN&other=VNM", "/api/topics?country=CHN", "/api/topics?country=CHN&other=China"));
        r.put("/api/commitments", List.of("/api/commitments", "/api/commitments?pair=CHN,VNM&country=CHN",
                "/api/commitments?pair=CHN"));
        r.put("/api/search", List.of("/api/search?q=" + encode("South China Sea"), "/api/search?q=trade&type=statement",
                "/api/search", "/api/search?q=sea&format=csv"));
        return r;
    }

    /** The content types documented for this status of GET {@code path}, through a $ref to a shared response. */
    private static Map<String, Object> content(String path, int status, String request) {
        Map<String, Object> responses = map(map(map(map(doc.get("paths")).get(path)).get("get")).get("responses"));
        assertThat(responses).as(request + " answered " + status).containsKey(Integer.toString(status));
        return map(response(path, status).get("content"));
    }

    private static Map<String, Object> response(String path, int status) {
        Map<String, Object> response = map(map(map(map(map(doc.get("paths")).get(path)).get("get")).get("responses"))
                .get(Integer.toString(status)));
        Object ref = response.get("$ref");
        return ref == null ? response : map(map(map(doc.get("components")).get("responses")).get(ref.toString().substring(ref.toString().lastIndexOf('/') + 1)));
    }

    /** The JSON pointer of the schema of this answer. */
    private static String pointer(String path, int status, String type) {
        Map<String, Object> response = map(map(map(map(map(doc.get("paths")).get(path)).get("get")).get("responses"))
                .get(Integer.toString(status)));
        Object ref = response.get("$ref");
        String at = ref == null ? "/paths/" + escape(path) + "/get/responses/" + status : ref.toString().substring(1);
        return at + "/content/" + escape(type) + "/schema";
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void nulls(String at, Object node, List<String> out) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if (v == null) {
                    out.add(at + "/" + k);
                }
                nulls(at + "/" + k, v, out);
            });
        } else if (node instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                nulls(at + "/" + i, l.get(i), out);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        assertThat(o).isInstanceOf(Map.class);
        return (Map<String, Object>) o;
    }
}
