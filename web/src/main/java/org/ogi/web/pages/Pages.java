package org.ogi.web.pages;

import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Answers the page resources share. */
final class Pages {

    private Pages() {}

    /** Post/redirect/get: after a successful form, the browser loads the result page with a GET. */
    static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    static Response pdf(byte[] pdf, String fileName) {
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
                .build();
    }
}
