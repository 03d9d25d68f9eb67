package org.ogi.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.ogi.stack.OgiService;
import org.ogi.stack.StackConfig;

/**
 * The business operations of every service, read from its OpenAPI document ({@code /q/openapi}), so that suites
 * generated from them cover a new endpoint without a test written for it.
 */
final class ApiOperations {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiOperations() {}

    /** A path, query or header parameter, with its schema ({@code $ref}s resolved). */
    record Parameter(String name, String in, JsonNode schema) {}

    /**
     * @param roles     the roles the document says may call it; empty if any authenticated caller may
     * @param bodyType  the media type of its request body, if it has one
     */
    record Operation(
            OgiService service,
            String method,
            String path,
            List<Parameter> parameters,
            Optional<String> bodyType,
            Optional<JsonNode> bodySchema,
            List<String> roles,
            JsonNode components) {

        /** For tables and reports: {@code intake-service POST /api/requests}. */
        String key() {
            return method + " " + path;
        }

        List<Parameter> parameters(String in) {
            return parameters.stream()
                    .filter(parameter -> parameter.in().equals(in))
                    .toList();
        }

        JsonNode resolve(JsonNode schema) {
            JsonNode resolved = schema;
            while (resolved.has("$ref")) {
                String name = resolved.get("$ref").asText().substring("#/components/schemas/".length());
                resolved = components.path("schemas").path(name);
            }
            return resolved;
        }
    }

    /** The {@code /api} operations of the services the stack runs, in document order. */
    static List<Operation> of(StackConfig config) {
        List<Operation> operations = new ArrayList<>();
        for (OgiService service : config.services()) {
            if (!service.isBackEnd()) {
                continue;
            }
            URI document = URI.create(config.serviceUrl(service) + "/q/openapi?format=json");
            JsonNode root;
            try (InputStream in = document.toURL().openStream()) {
                root = JSON.readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + document, e);
            }
            JsonNode components = root.path("components");
            for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
                if (!path.getKey().startsWith("/api/")) {
                    continue;
                }
                for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                    JsonNode operation = method.getValue();
                    Optional<Map.Entry<String, JsonNode>> body =
                            operation.path("requestBody").path("content").properties().stream()
                                    .findFirst();
                    Operation read = new Operation(
                            service,
                            method.getKey().toUpperCase(),
                            path.getKey(),
                            new ArrayList<>(),
                            body.map(Map.Entry::getKey),
                            body.map(entry -> entry.getValue().path("schema")),
                            roles(operation),
                            components);
                    for (JsonNode parameter : operation.path("parameters")) {
                        read.parameters()
                                .add(new Parameter(
                                        parameter.path("name").asText(),
                                        parameter.path("in").asText(),
                                        read.resolve(parameter.path("schema"))));
                    }
                    operations.add(read);
                }
            }
        }
        return operations;
    }

    private static List<String> roles(JsonNode operation) {
        return StreamSupport.stream(operation.path("security").spliterator(), false)
                .flatMap(requirement -> StreamSupport.stream(requirement.spliterator(), false))
                .flatMap(roles -> StreamSupport.stream(roles.spliterator(), false))
                .map(JsonNode::asText)
                .distinct()
                .toList();
    }
}
