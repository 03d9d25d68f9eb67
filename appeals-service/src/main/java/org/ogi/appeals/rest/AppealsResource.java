package org.ogi.appeals.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ogi.appeals.domain.AppealStatus;
import org.ogi.appeals.domain.Decision;
import org.ogi.appeals.domain.DecisionPeriodExtension;
import org.ogi.appeals.domain.Filing;
import org.ogi.appeals.domain.Outcome;
import org.ogi.appeals.service.AppealCommands;
import org.ogi.appeals.service.AppealReads;
import org.ogi.contracts.Roles;
import org.ogi.law.AppealKind;
import org.ogi.law.AppealProcedure;
import org.ogi.platform.problem.ProblemException;
import org.ogi.platform.security.Caller;

/**
 * Legal staff's appeals (issue 13 item 9): legal-officer records and works them; ogi-office-head and reviewers read.
 * Everything is limited to the caller's agency; another agency's appeal is not found.
 */
@Path("/api/appeals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AppealsResource {

    private final Caller caller;
    private final AppealCommands commands;
    private final AppealReads reads;

    AppealsResource(Caller caller, AppealCommands commands, AppealReads reads) {
        this.caller = caller;
        this.commands = commands;
        this.reads = reads;
    }

    public record FileRequest(
            String kind,
            Boolean nonPerformance,
            List<String> trackingNumbers,
            String followsAppeal,
            String appellant,
            String forum,
            String forumFileNumber,
            String procedure,
            LocalDate filedOn,
            LocalDate copyReceivedOn,
            LocalDate acceptedOn,
            LocalDate knewOn,
            Boolean remediesTold,
            String appealedForm) {}

    public record Filed(String appealNumber) {}

    public record DraftRequest(String text) {}

    public record ReviewRequest(Boolean approve, String comment) {}

    public record SubmitRequest(LocalDate submittedOn, List<String> evidence) {}

    public record NoteRequest(String what, LocalDate on) {}

    public record DecideRequest(
            Outcome outcome,
            String form,
            LocalDate decidedOn,
            LocalDate servedOn,
            String documentNumber,
            Boolean replyAgain,
            LocalDate replyAgainBy,
            Integer replyAgainWorkingDays) {}

    public record ExtensionRequest(Integer days, LocalDate notifiedOn, String reason) {}

    public record WithdrawRequest(LocalDate withdrawnOn, String reason) {}

    @POST
    @RolesAllowed(Roles.LEGAL_OFFICER)
    public Uni<Response> file(FileRequest body) {
        FileRequest b = required(body);
        Filing filing = new Filing(
                parse(AppealKind::valueOf, "kind", b.kind()),
                Boolean.TRUE.equals(b.nonPerformance()),
                b.trackingNumbers(),
                blankToNull(b.followsAppeal()),
                b.appellant(),
                b.forum(),
                blankToNull(b.forumFileNumber()),
                b.procedure() == null
                        ? AppealProcedure.ORDINARY
                        : parse(AppealProcedure::valueOf, "procedure", b.procedure()),
                b.filedOn(),
                b.copyReceivedOn(),
                b.acceptedOn(),
                b.knewOn(),
                b.remediesTold(),
                blankToNull(b.appealedForm()));
        return commands.file(filing, caller.staffAgency(), caller.userName())
                .map(number -> Response.created(URI.create("/api/appeals/" + number))
                        .entity(new Filed(number))
                        .build());
    }

    @GET
    @RolesAllowed({Roles.LEGAL_OFFICER, Roles.OGI_OFFICE_HEAD, Roles.REVIEWER})
    public Uni<List<AppealReads.Summary>> list(
            @QueryParam("kind") String kind,
            @QueryParam("status") String status,
            @QueryParam("year") Integer year,
            @QueryParam("dueSoon") boolean dueSoon,
            @QueryParam("overdue") boolean overdue) {
        return reads.list(
                caller.staffAgency(),
                new AppealReads.Filter(
                        kind == null ? null : parse(AppealKind::valueOf, "kind", kind),
                        status == null ? null : parse(AppealStatus::valueOf, "status", status),
                        year,
                        dueSoon,
                        overdue));
    }

    @GET
    @Path("answers-due")
    @RolesAllowed({Roles.LEGAL_OFFICER, Roles.OGI_OFFICE_HEAD, Roles.REVIEWER})
    public Uni<List<AppealReads.Summary>> answersDue() {
        return reads.answersDue(caller.staffAgency());
    }

    @GET
    @Path("table-four")
    @RolesAllowed({Roles.LEGAL_OFFICER, Roles.OGI_OFFICE_HEAD, Roles.REVIEWER, Roles.OGI_ADMIN})
    public Uni<Map<String, Map<String, Integer>>> tableFour(@QueryParam("year") Integer year) {
        if (year == null) {
            throw ProblemException.invalid("year", "is required");
        }
        return reads.tableFour(caller.staffAgency(), year);
    }

    @GET
    @Path("{number}")
    @RolesAllowed({Roles.LEGAL_OFFICER, Roles.OGI_OFFICE_HEAD, Roles.REVIEWER})
    public Uni<AppealReads.Detail> one(@PathParam("number") String number) {
        return reads.one(caller.staffAgency(), number);
    }

    @POST
    @Path("{number}/answer/draft")
    @RolesAllowed(Roles.LEGAL_OFFICER)
    public Uni<AppealReads.Detail> draft(@PathParam("number") String number, DraftRequest body) {
        String text = required(body).text();
        if (text == null || text.isBlank()) {
            throw ProblemException.invalid("text", "is required");
        }
        return then(number, commands.draftAnswer(number, caller.staffAgency(), caller.userName(), text));
    }

    @POST
    @Path("{number}/answer/review")
    @RolesAllowed(Roles.LEGAL_OFFICER)
    public Uni<AppealReads.Detail> review(@PathParam("number") String number, ReviewRequest body) {
        ReviewRequest b = required(body);
        if (b.approve() == null) {
            throw ProblemException.invalid("approve", "is required");
        }
        return then(
                number,
                commands.reviewAnswer(number, caller.staffAgency(), caller.userName(), b.approve(), b.comment()));
    }

    @POST
    @Path("{number}/answer/submission")
    @RolesAllowed(Roles.LEGAL_OFFICER)
    public Uni<AppealReads.Detail> submit(@PathParam("number") String number, SubmitRequest body) {
        SubmitRequest b = required(body);
        return then(
                number,
                commands.submitAnswer(
                        number,
                        caller.staffAgency(),
                        caller.userName(),
                        b.submittedOn(),
                        b.evidence() == null ? List.of() : b.evidence()));
    }

    @POST
    @Path("{number}/dates")
    @RolesAllowed(Roles.LEGAL_OFFICER)
    public Uni<AppealReads.Detail> note(@PathParam("number") String number, NoteRequest body) {
        NoteRequest b = required(body);
        return then(number, commands.noteDate(number, caller.staffAgency(), caller.userName(), b.what(), b.on()));
    }

    @POST
    @Path("{number}/outcome")
    @RolesAllowed(Roles.LEGAL_OFFICER)
    public Uni<AppealReads.Detail> decide(@PathParam("number") String number, DecideRequest body) {
        DecideRequest b = required(body);
        Decision decision = new Decision(
                b.outcome(),
                b.form(),
                b.decidedOn(),
                b.servedOn(),
                b.documentNumber(),
                Boolean.TRUE.equals(b.replyAgain()),
                b.replyAgainBy(),
                b.replyAgainWorkingDays());
        return then(number, commands.decide(number, caller.staffAgency(), caller.userName(), decision));
    }

    /** The reconsideration body extended its decision period (ARL 2023 Art. 62 ¶1, ARL 2017 Art. 31). */
    @POST
    @Path("{number}/decision-period-extension")
    @RolesAllowed(Roles.LEGAL_OFFICER)
    public Uni<AppealReads.Detail> extendDecisionPeriod(@PathParam("number") String number, ExtensionRequest body) {
        ExtensionRequest b = required(body);
        return then(
                number,
                commands.extendDecisionPeriod(
                        number,
                        caller.staffAgency(),
                        caller.userName(),
                        new DecisionPeriodExtension(b.days(), b.notifiedOn(), b.reason())));
    }

    @POST
    @Path("{number}/withdrawal")
    @RolesAllowed(Roles.LEGAL_OFFICER)
    public Uni<AppealReads.Detail> withdraw(@PathParam("number") String number, WithdrawRequest body) {
        WithdrawRequest b = required(body);
        return then(
                number,
                commands.withdraw(number, caller.staffAgency(), caller.userName(), b.withdrawnOn(), b.reason()));
    }

    private Uni<AppealReads.Detail> then(String number, Uni<Void> step) {
        return step.chain(() -> reads.one(caller.staffAgency(), number));
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw ProblemException.invalid("body", "is required");
        }
        return body;
    }

    private static <E> E parse(Function<String, E> valueOf, String field, String text) {
        try {
            return valueOf.apply(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.invalid(field, "unknown value " + text);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
