package org.ogi.cases.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import org.ogi.cases.domain.WorkQueue;
import org.ogi.cases.service.WorkQueues;
import org.ogi.contracts.Roles;
import org.ogi.platform.problem.ProblemException;
import org.ogi.platform.security.Caller;

/**
 * Work queues: awaiting-acceptance, correction-running-out, my-drafts (case officers), awaiting-secrecy-review
 * (secrecy reviewers), awaiting-approval (reviewers), awaiting-delivery (case officers).
 */
@Path("/api/queues")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASE_OFFICER, Roles.SECRECY_REVIEWER, Roles.REVIEWER, Roles.OGI_OFFICE_HEAD})
public class QueueResource {

    private final Caller caller;
    private final WorkQueues queues;

    QueueResource(Caller caller, WorkQueues queues) {
        this.caller = caller;
        this.queues = queues;
    }

    @GET
    @Path("{queue}")
    public Uni<QueuePage> page(
            @PathParam("queue") String queue,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        WorkQueue workQueue = WorkQueue.byPath(queue)
                .orElseThrow(() -> ProblemException.notFound("no queue " + queue + "; the queues are "
                        + Arrays.stream(WorkQueue.values()).map(WorkQueue::path).toList()));
        return queues.page(workQueue, Staffs.of(caller), page, size)
                .map(found -> QueuePage.of(workQueue, page, size, found));
    }
}
