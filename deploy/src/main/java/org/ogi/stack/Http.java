package org.ogi.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The HTTP readiness check of Keycloak and the services. */
final class Http {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private Http() {}

    /** Whether a GET answers 200; a health endpoint answers 503 while a check is DOWN. */
    static boolean isOk(URI uri) {
        try {
            HttpRequest request =
                    HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
            return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
