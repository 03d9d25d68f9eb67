package org.ogi.platform.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens already verified, with the identity they gave, until they expire. A client sends the same access
 * token with every call of its lifetime (minutes in Keycloak), and checking it again each time (decoding it three
 * times, verifying the RSA signature, building the identity) took a quarter of intake's CPU under load. A token is
 * looked up by its exact text, so only a token that passed Quarkus OIDC's checks is ever answered from here. The one
 * difference to verifying every time: a token signed with a key that is withdrawn stays accepted until it expires.
 * {@code ogi.security.verified-tokens.max-size=0} turns this off.
 */
@ApplicationScoped
public class VerifiedTokens {

    private record Verified(SecurityIdentity identity, Instant expiresAt) {
        boolean validAt(Instant now) {
            return now.isBefore(expiresAt);
        }
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final int maxSize;
    private final AtomicLong hits = new AtomicLong();
    private volatile Instant lastPurge = Instant.EPOCH;

    VerifiedTokens(
            @ConfigProperty(name = "ogi.security.verified-tokens.max-size", defaultValue = "10000") int maxSize) {
        this.maxSize = maxSize;
    }

    /** Calls answered from here so far. */
    public long hits() {
        return hits.get();
    }

    SecurityIdentity find(String token, RoutingContext request) {
        Verified found = verified.get(token);
        if (found == null) {
            return null;
        }
        if (!found.validAt(Instant.now())) {
            verified.remove(token, found);
            return null;
        }
        hits.incrementAndGet();
        // The identity carries the HTTP request it was made for; this call has its own.
        return request == null
                ? found.identity()
                : QuarkusSecurityIdentity.builder(found.identity())
                        .addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, request)
                        .build();
    }

    void remember(SecurityIdentity identity) {
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (maxSize <= 0
                || credential == null
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || jwt.getExpirationTime() <= 0) {
            return;
        }
        Instant now = Instant.now();
        Instant expiresAt = Instant.ofEpochSecond(jwt.getExpirationTime());
        if (!now.isBefore(expiresAt) || verified.containsKey(credential.getToken())) {
            return;
        }
        if (verified.size() >= maxSize) {
            purgeExpired(now);
            if (verified.size() >= maxSize) {
                return;
            }
        }
        // Without the HTTP request it was made for, which must not outlive that request.
        SecurityIdentity kept = QuarkusSecurityIdentity.builder(identity)
                .addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, null)
                .build();
        verified.putIfAbsent(credential.getToken(), new Verified(kept, expiresAt));
    }

    /** At most once a second, so a full cache of unexpired tokens does not cost a scan per call. */
    private void purgeExpired(Instant now) {
        if (now.isBefore(lastPurge.plusSeconds(1))) {
            return;
        }
        lastPurge = now;
        verified.values().removeIf(entry -> !entry.validAt(now));
    }

    /** Answers a bearer token from the cache before Quarkus OIDC (priority 1001) verifies it. */
    @ApplicationScoped
    static class CachedTokenProvider implements IdentityProvider<TokenAuthenticationRequest> {

        private final VerifiedTokens tokens;

        CachedTokenProvider(VerifiedTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public Class<TokenAuthenticationRequest> getRequestType() {
            return TokenAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(
                TokenAuthenticationRequest request, AuthenticationRequestContext context) {
            // Null passes the request on to the next provider, OIDC's.
            return Uni.createFrom()
                    .item(tokens.find(
                            request.getToken().getToken(), HttpSecurityUtils.getRoutingContextAttribute(request)));
        }

        @Override
        public int priority() {
            return 2000;
        }
    }

    /** Remembers the identity a verified token gave, after every other augmentation. */
    @ApplicationScoped
    static class Recorder implements SecurityIdentityAugmentor {

        private final VerifiedTokens tokens;

        Recorder(VerifiedTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
            tokens.remember(identity);
            return Uni.createFrom().item(identity);
        }

        @Override
        public int priority() {
            return Integer.MIN_VALUE;
        }
    }
}
