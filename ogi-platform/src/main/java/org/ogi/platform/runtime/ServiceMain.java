package org.ogi.platform.runtime;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The entry point of every service. Quarkus answers a URI java.net.URI cannot parse (a path or query with
 * {@code %zz}) with an empty 400 before any handler runs, unless {@code vertx.disableURIValidation} is set when its
 * HTTP server starts; set here so that a plain {@code java -jar quarkus-run.jar} gets the platform's problem instead.
 */
@QuarkusMain
public final class ServiceMain {

    private ServiceMain() {}

    public static void main(String... args) {
        if (System.getProperty("vertx.disableURIValidation") == null) {
            System.setProperty("vertx.disableURIValidation", "true");
        }
        Quarkus.run(args);
    }
}
