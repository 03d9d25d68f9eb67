package org.ogi.cases.rest;

import io.smallrye.jwt.build.Jwt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Bearer tokens of several staff members in one test, signed with the test key whose public half the test profile
 * trusts ({@code %test.quarkus.oidc.public-key}), shaped like the ogi realm's: realm roles and the agency claim.
 */
final class Tokens {

    private static final PrivateKey KEY = readKey();

    private Tokens() {
    }

    static String of(String user, String agency, String... roles) {
        return Jwt.subject(user)
                .preferredUserName(user)
                .claim("agency", agency)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .expiresIn(3600)
                .jws().sign(KEY);
    }

    private static PrivateKey readKey() {
        try (InputStream in = Tokens.class.getResourceAsStream("/test-token-signing-key.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the test signing key", e);
        }
    }
}
