package org.ogi.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * RS256 access tokens signed with a key of one's own, for a service that checks them against its public key: the
 * one way tests make tokens. A {@code @QuarkusTest} under {@link TestIssuer} trusts {@link #TEST_ISSUER}'s tokens.
 */
public final class SignedJwts {

    /** Seeded: the test profile and the test may each load this class, and must arrive at the same key. */
    public static final KeyPair TEST_ISSUER = keyPair("ogi-test-issuer");

    private SignedJwts() {}

    /** OIDC checks tokens against the test issuer's public key; no identity server takes part. */
    public static class TestIssuer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.oidc.auth-server-url",
                    "",
                    "quarkus.oidc.public-key",
                    Base64.getEncoder().encodeToString(TEST_ISSUER.getPublic().getEncoded()));
        }
    }

    /** A token of the test issuer shaped like the ogi realm's: realm roles and the agency claim, valid an hour. */
    public static String staff(String user, String agency, String... roles) {
        long now = Instant.now().getEpochSecond();
        String roleList = Arrays.stream(roles).map(role -> "\"" + role + "\"").collect(Collectors.joining(","));
        return rs256(
                TEST_ISSUER,
                ("{\"sub\":\"%s\",\"preferred_username\":\"%s\",\"agency\":\"%s\","
                                + "\"realm_access\":{\"roles\":[%s]},\"iat\":%d,\"exp\":%d}")
                        .formatted(user, user, agency, roleList, now, now + 3600));
    }

    /** A compact JWT with these claims (a JSON object), signed with the private key. */
    public static String rs256(KeyPair keys, String claims) {
        String signed = base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + base64Url(claims);
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(keys.getPrivate());
            signature.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    /** The same RSA key pair for the same seed, in every class loader. */
    public static KeyPair keyPair(String seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed.getBytes(StandardCharsets.UTF_8));
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, random);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
