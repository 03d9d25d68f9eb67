package org.ogi.platform.rest;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.ogi.platform.outbox.Note;

/** Test-only endpoints that take text, numbers, enums and dates as the services do, and echo what they read. */
@Path("/test/input")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class InputResource {

    public enum Kind {
        FIRST,
        SECOND
    }

    public record Nested(String note) {}

    public record Input(
            String name,
            Kind kind,
            Integer count,
            int size,
            Boolean flag,
            List<String> tags,
            LocalDate on,
            Nested nested) {}

    @GET
    @Path("{name}")
    public String read(@PathParam("name") String name, @QueryParam("q") String q, @QueryParam("on") LocalDate on) {
        return name + "|" + q + "|" + on;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Input echo(Input input) {
        return input;
    }

    /** Stores the body as it comes, unchecked, so that only the database judges it. */
    @POST
    @Path("stored")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @WithTransaction
    public Uni<Long> store(byte[] body) {
        Note note = new Note();
        note.subject = "raw";
        note.text = new String(body, StandardCharsets.UTF_8);
        return note.persist().map(ignored -> note.id);
    }
}
