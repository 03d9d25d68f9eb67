package org.ogi.cases.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.ogi.cases.service.ReplySteps;
import org.ogi.contracts.Roles;
import org.ogi.platform.security.Caller;

/**
 * The applicant withdraws their own request before the reply; the case counts in table 三 under the configured row
 * ({@code ogi.cases.withdrawn-outcome}). Another applicant's request is not found.
 */
@Path("/api/cases/{trackingNumber}/applicant-withdrawals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.APPLICANT)
public class ApplicantWithdrawalResource {

    private final Caller caller;
    private final ReplySteps reply;

    ApplicantWithdrawalResource(Caller caller, ReplySteps reply) {
        this.caller = caller;
        this.reply = reply;
    }

    /** What the applicant learns: their request's state and the day of the withdrawal, nothing internal. */
    public record Withdrawn(String trackingNumber, String state, LocalDate withdrawnOn) {}

    @POST
    public Uni<Withdrawn> withdraw(@BeanParam StepTarget step, @Valid WorkflowInputs.ApplicantWithdrawal input) {
        return reply.withdrawByApplicant(
                        step.command(input), caller.userId(), caller.userName(), input == null ? null : input.reason())
                .map(c -> new Withdrawn(c.trackingNumber(), c.state(), c.withdrawnOn()));
    }
}
