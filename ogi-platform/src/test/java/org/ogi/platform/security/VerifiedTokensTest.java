package org.ogi.platform.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ogi.testsupport.OgiInfrastructure;
import org.ogi.testsupport.SignedJwts;

@QuarkusTest
@TestProfile(VerifiedTokensTest.SignedTokens.class)
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class VerifiedTokensTest {

    private static final KeyPair ISSUER = SignedJwts.TEST_ISSUER;
    private static final KeyPair STRANGER = SignedJwts.keyPair("someone-else");

    /** The shared test issuer, and no grace period: an expired token is refused at once. */
    public static class SignedTokens extends SignedJwts.TestIssuer {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("quarkus.oidc.token.lifespan-grace", "0");
            return overrides;
        }
    }

    @Inject
    VerifiedTokens verifiedTokens;

    @Test
    void aTokenVerifiedOnceAnswersItsLaterCallsWithTheSameIdentity() {
        String token = token(ISSUER, "clerk-a", "A", Instant.now().plusSeconds(300));
        long hits = verifiedTokens.hits();

        for (int call = 0; call < 3; call++) {
            whoAmI(token).statusCode(200).body(equalTo("clerk-a@A"));
        }

        assertThat(verifiedTokens.hits() - hits).isEqualTo(2);
        whoAmI(token(ISSUER, "clerk-b", "B", Instant.now().plusSeconds(300)))
                .statusCode(200)
                .body(equalTo("clerk-b@B"));
    }

    @Test
    void aTokenIsRefusedOnceItExpiresThoughItWasVerifiedBefore() {
        String token = token(ISSUER, "clerk-a", "A", Instant.now().plusSeconds(2));
        whoAmI(token).statusCode(200);
        whoAmI(token).statusCode(200);

        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> whoAmI(token).statusCode(401));
    }

    @Test
    void aTokenWithTheClaimsOfAVerifiedOneButAnotherSignatureIsRefused() {
        Instant expiry = Instant.now().plusSeconds(300);
        whoAmI(token(ISSUER, "clerk-a", "A", expiry)).statusCode(200);

        whoAmI(token(STRANGER, "clerk-a", "A", expiry)).statusCode(401);
    }

    private static io.restassured.response.ValidatableResponse whoAmI(String token) {
        return given().auth().oauth2(token).get("/test/whoami").then();
    }

    /** An RS256 token of an intake clerk of {@code agency}. */
    private static String token(KeyPair keys, String user, String agency, Instant expiry) {
        return SignedJwts.rs256(
                keys,
                ("{\"sub\":\"%s\",\"preferred_username\":\"%s\",\"agency\":\"%s\","
                                + "\"realm_access\":{\"roles\":[\"intake-clerk\"]},\"iat\":%d,\"exp\":%d}")
                        .formatted(user, user, agency, Instant.now().getEpochSecond(), expiry.getEpochSecond()));
    }
}
