package org.ogi.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/** The demo users of the realm file, read from it so that what {@code up} prints cannot drift from it. */
public final class DemoLogins {

    /** @param roles the user's realm roles, without the realm's default roles */
    public record DemoLogin(String username, List<String> roles, Optional<String> agency) {}

    private DemoLogins() {}

    public static List<DemoLogin> read(Path realmFile) {
        JsonNode realm;
        try {
            realm = new ObjectMapper().readTree(realmFile.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return StreamSupport.stream(realm.path("users").spliterator(), false)
                .map(user -> new DemoLogin(
                        user.path("username").asText(),
                        StreamSupport.stream(user.path("realmRoles").spliterator(), false)
                                .map(JsonNode::asText)
                                .filter(role -> !role.startsWith("default-roles-"))
                                .toList(),
                        Optional.of(user.path("attributes").path("agency").path(0))
                                .filter(JsonNode::isTextual)
                                .map(JsonNode::asText)))
                .toList();
    }
}
