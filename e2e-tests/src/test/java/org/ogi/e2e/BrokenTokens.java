package org.ogi.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.ogi.stack.KeycloakComponent;
import org.ogi.testsupport.SignedJwts;

/**
 * Authorization headers that must not get anyone in: derived from a real token of the realm (expired, tampered,
 * re-signed with another key or none), or not a bearer token of the realm at all.
 */
final class BrokenTokens {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private BrokenTokens() {}

    /** Authorization header values by kind, each built from the valid access token. */
    static Map<String, String> of(String validToken, String expiredToken, String otherRealmToken) {
        String[] parts = validToken.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        Map<String, String> broken = new LinkedHashMap<>();
        broken.put("expired", bearer(expiredToken));
        broken.put("wrong signature", bearer(parts[0] + "." + parts[1] + "." + flipped(parts[2])));
        broken.put(
                "claims changed",
                bearer(parts[0] + "."
                        + encode(claims.replace("\"agency\":\"A\"", "\"agency\":\"B\"")
                                .replace(
                                        "\"realm_access\":{\"roles\":[",
                                        "\"realm_access\":{\"roles\":" + "[\"ogi-admin\",\"system-admin\","))
                        + "." + parts[2]));
        broken.put("alg none", bearer(encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + "."));
        broken.put(
                "alg none, signature kept",
                bearer(encode(header.replace("RS256", "none")) + "." + parts[1] + "." + parts[2]));
        broken.put("another key", bearer(SignedJwts.rs256(newKeyPair(), claims)));
        broken.put("HS256 with a guessed secret", bearer(hs256(claims)));
        broken.put("another realm's token", bearer(otherRealmToken));
        broken.put("truncated", bearer(parts[0] + "." + parts[1]));
        broken.put("garbage", bearer("not-a-token"));
        broken.put("empty bearer", "Bearer ");
        broken.put(
                "basic credentials",
                "Basic " + Base64.getEncoder().encodeToString("clerk:clerk".getBytes(StandardCharsets.UTF_8)));
        return broken;
    }

    /**
     * A real access token of the realm that has expired: the realm's token lifespan is set to 1 s for the one
     * grant (through Keycloak's admin API) and put back at once.
     */
    static String expired(String username) {
        String admin = adminToken();
        String realmUrl = EndToEndStack.config().keycloakUrl() + "/admin/realms/ogi";
        int lifespan = given().auth()
                .oauth2(admin)
                .get(realmUrl)
                .then()
                .statusCode(200)
                .extract()
                .path("accessTokenLifespan");
        String token;
        try {
            given().auth()
                    .oauth2(admin)
                    .contentType("application/json")
                    .body(Map.of("accessTokenLifespan", 1))
                    .put(realmUrl)
                    .then()
                    .statusCode(204);
            token = TokenClient.ofStack().accessTokenOf(username);
        } finally {
            given().auth()
                    .oauth2(admin)
                    .contentType("application/json")
                    .body(Map.of("accessTokenLifespan", lifespan))
                    .put(realmUrl)
                    .then()
                    .statusCode(204);
        }
        Instant expiry = Instant.ofEpochSecond(TokenClient.claims(token).getLong("exp"));
        sleepUntil(expiry.plus(Duration.ofSeconds(2)));
        return token;
    }

    /** A token Keycloak signed for its master realm: genuine, but not of the realm the services trust. */
    static String otherRealm() {
        return adminToken();
    }

    private static String adminToken() {
        JsonPath answer = given().formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", KeycloakComponent.ADMIN_USER)
                .formParam("password", KeycloakComponent.ADMIN_PASSWORD)
                .post(EndToEndStack.config().keycloakUrl() + "/realms/master/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        return answer.getString("access_token");
    }

    private static String flipped(String signature) {
        char last = signature.charAt(signature.length() / 2);
        return signature.substring(0, signature.length() / 2)
                + (last == 'A' ? 'B' : 'A')
                + signature.substring(signature.length() / 2 + 1);
    }

    private static String hs256(String claims) {
        String signed = encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + encode(claims);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec("ogi-services-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return signed + "." + BASE64URL.encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.security.KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private static void sleepUntil(Instant instant) {
        long millis = Duration.between(Instant.now(), instant).toMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
