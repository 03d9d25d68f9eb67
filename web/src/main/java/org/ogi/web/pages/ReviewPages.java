package org.ogi.web.pages;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.ogi.contracts.Roles;

/** The reviewers' work screen: the agency's cases waiting for secrecy review (保密审查) and for approval. */
@Path("/staff/reviews")
@Blocking
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.SECRECY_REVIEWER, Roles.REVIEWER, Roles.OGI_OFFICE_HEAD})
public class ReviewPages {

    @Inject
    WorkQueueViews queueViews;

    @Inject
    Clock clock;

    @Inject
    @Location("reviews.html")
    Template reviews;

    @Inject
    @Location("queues.html")
    Template queuesFragment;

    @GET
    public Response reviews(@HeaderParam("HX-Request") String htmx) {
        List<WorkQueueViews.QueueView> queues =
                queueViews.read(List.of(WorkQueueViews.SECRECY_REVIEW, WorkQueueViews.APPROVAL));
        Template shown = htmx != null ? queuesFragment : reviews;
        return Response.ok(shown.data("queues", queues)
                        .data("today", LocalDate.now(clock))
                        .data("refresh", "/staff/reviews"))
                .build();
    }
}
