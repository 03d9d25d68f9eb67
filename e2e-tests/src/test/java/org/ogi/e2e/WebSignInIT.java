package org.ogi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page of the console and the portal sends a browser without a session to the realm's sign-in (the
 * authorization code flow with PKCE); the start page and the assets are public.
 */
@ExtendWith(EndToEndStack.class)
class WebSignInIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/staff",
                "/staff/intake",
                "/staff/cases/A-2025-000001",
                "/staff/requests/A-2025-000001/receipt.pdf",
                "/staff/appeals",
                "/staff/admin",
                "/portal",
                "/portal/new",
                "/portal/inbox"
            })
    void aProtectedPageRedirectsToTheSignInWithPkce(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location)
                .startsWith(EndToEndStack.config().oidcIssuer() + "/protocol/openid-connect/auth")
                .contains("client_id=ogi-web", "code_challenge_method=S256", "code_challenge=");
    }

    @Test
    void theStartPageAndTheAssetsArePublic() throws Exception {
        for (String path : List.of("/", "/ogi.css", "/webjars/htmx.org/2.0.4/dist/htmx.min.js")) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(200);
        }
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(Browser.web() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
