package org.ogi.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Access tokens from Keycloak through the public client {@code ogi-web}, as users of the web front end get them. */
final class TokenClient {

    private static final String CLIENT_ID = "ogi-web";

    private final URI tokenEndpoint;

    TokenClient(URI tokenEndpoint) {
        this.tokenEndpoint = tokenEndpoint;
    }

    static TokenClient ofStack() {
        return new TokenClient(EndToEndStack.config().tokenEndpoint());
    }

    /** A demo user's token: their password is their user name (deploy/keycloak/ogi-realm.json). */
    String accessTokenOf(String demoUser) {
        return passwordGrant(demoUser, demoUser);
    }

    String passwordGrant(String username, String password) {
        return given().formParam("grant_type", "password")
                .formParam("client_id", CLIENT_ID)
                .formParam("username", username)
                .formParam("password", password)
                .when()
                .post(tokenEndpoint)
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /** The claims of a JWT (its middle part), not verified: Keycloak just issued it. */
    static JsonPath claims(String jwt) {
        String payload = jwt.split("\\.")[1];
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }
}
