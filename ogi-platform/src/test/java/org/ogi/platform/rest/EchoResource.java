package org.ogi.platform.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

/** Test-only: reads a JSON body into a record, as the services' inputs are read. */
@Path("/test/echo")
@PermitAll
public class EchoResource {

    public record Comment(String comment) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public String echo(Comment body) {
        return body.comment();
    }
}
