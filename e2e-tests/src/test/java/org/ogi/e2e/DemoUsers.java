package org.ogi.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ogi.stack.DemoLogins;

/** The demo realm's users (deploy/keycloak/ogi-realm.json) and fresh access tokens for them. */
final class DemoUsers {

    /** Keycloak's tokens live 5 minutes; a suite that runs longer gets a new one before. */
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(2);

    private final TokenClient tokens = TokenClient.ofStack();
    private final Map<String, Token> issued = new ConcurrentHashMap<>();
    private final List<DemoLogins.DemoLogin> logins =
            DemoLogins.read(EndToEndStack.config().realmFile());

    private record Token(String accessToken, Instant issuedAt) {}

    List<DemoLogins.DemoLogin> all() {
        return logins;
    }

    /** The first user (in realm order) of this agency with one of these roles. */
    Optional<DemoLogins.DemoLogin> withAnyRole(List<String> roles, Optional<String> agency) {
        return logins.stream()
                .filter(login -> login.agency().equals(agency))
                .filter(login -> login.roles().stream().anyMatch(roles::contains))
                .findFirst();
    }

    /**
     * A user who may call the operation, by the roles its document names: of agency A where one is, else of no
     * agency; anyone (the first clerk) where the document names no role.
     */
    DemoLogins.DemoLogin callerOf(ApiOperations.Operation operation) {
        if (operation.roles().isEmpty()) {
            return withAnyRole(List.of("intake-clerk"), Optional.of("A")).orElseThrow();
        }
        return withAnyRole(operation.roles(), Optional.of("A"))
                .or(() -> withAnyRole(operation.roles(), Optional.empty()))
                .orElseThrow(() -> new AssertionError("no demo user may call " + operation.key()));
    }

    String token(String username) {
        return issued.compute(
                        username,
                        (name, token) -> token != null
                                        && token.issuedAt().plus(TOKEN_REUSE).isAfter(Instant.now())
                                ? token
                                : new Token(tokens.accessTokenOf(name), Instant.now()))
                .accessToken();
    }
}
