package org.ogi.report.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.ogi.platform.problem.ProblemException;
import org.ogi.platform.security.Roles;
import org.ogi.report.messaging.TopicReplay;
import org.ogi.report.persistence.RebuildStore.Run;

/**
 * The system administrator rebuilds the read model of every agency from the topics: accepted at once (202), the
 * rebuild's state read back at its Location. Reports read meanwhile come from the complete current model.
 */
@Path("/api/reports/rebuild")
public class RebuildResource {

    private final TopicReplay replay;

    RebuildResource(TopicReplay replay) {
        this.replay = replay;
    }

    /** A rebuild: RUNNING, then SUCCEEDED with the number of events applied, or FAILED with why. */
    public record RebuildStatus(
            UUID id, String state, OffsetDateTime startedAt, OffsetDateTime finishedAt, Integer events, String detail) {

        static RebuildStatus of(Run run) {
            return new RebuildStatus(
                    run.id(), run.state(), run.startedAt(), run.finishedAt(), run.events(), run.detail());
        }
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public Uni<Response> rebuild() {
        return replay.start()
                .map(id -> Response.accepted(new RebuildStatus(id, Run.RUNNING, null, null, null, null))
                        .location(URI.create(TopicReplay.STATUS_PATH + id))
                        .build());
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public Uni<RebuildStatus> status(@PathParam("id") String id) {
        UUID run;
        try {
            run = UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw ProblemException.notFound("no rebuild " + id);
        }
        return replay.status(run)
                .map(found ->
                        found.map(RebuildStatus::of).orElseThrow(() -> ProblemException.notFound("no rebuild " + id)));
    }
}
