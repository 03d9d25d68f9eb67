package org.ogi.report.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ogi.contracts.Roles;
import org.ogi.report.messaging.TopicReplay;

/** The system administrator rebuilds the read model of every agency from the topics. */
@Path("/api/reports/rebuild")
public class RebuildResource {

    private final TopicReplay replay;

    RebuildResource(TopicReplay replay) {
        this.replay = replay;
    }

    public record Rebuilt(int events) {}

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public Uni<Rebuilt> rebuild() {
        return replay.rebuild().map(Rebuilt::new);
    }
}
