package org.ogi.notification.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.ogi.notification.config.NotificationConfig;
import org.ogi.notification.service.ReportSignature;
import org.ogi.notification.service.SmsDeliveryReports;
import org.ogi.platform.problem.Problem;
import org.ogi.platform.problem.ProblemException;
import org.ogi.platform.problem.ProblemKind;

/**
 * The SMS gateway's delivery reports (README: SMS contract). Not a user's endpoint: no token, but the body signed
 * with the secret shared with the gateway ({@code X-OGI-Signature: sha256=<hex HMAC-SHA256 of the body>}); anything
 * unsigned or wrongly signed is a 401 problem before the body is read.
 */
@Path("/api/sms/delivery-reports")
public class SmsDeliveryReportResource {

    /** DELIVERED: it reached the phone at {@code at}; UNDELIVERED: it cannot (reason: the provider's words). */
    public enum Status {
        DELIVERED,
        UNDELIVERED
    }

    /** A delivery report: {@code id} is the message's id as sent to the gateway, {@code providerId} the gateway's. */
    public record DeliveryReport(
            @Schema(required = true) String id,
            @Schema(required = true) String providerId,
            @Schema(required = true) Status status,
            @Schema(required = true) OffsetDateTime at,
            String reason) {}

    private final SmsDeliveryReports reports;
    private final NotificationConfig config;
    private final ObjectMapper json;

    SmsDeliveryReportResource(SmsDeliveryReports reports, NotificationConfig config, ObjectMapper json) {
        this.reports = reports;
        this.config = config;
        this.json = json;
    }

    /** 204: applied, or a repeat of a report already applied (which changes nothing). */
    @POST
    @PermitAll
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(schema = @Schema(implementation = DeliveryReport.class)))
    public Response report(@HeaderParam(ReportSignature.HEADER) String signature, byte[] body) {
        String secret = config.sms().deliveryReportSecret().orElse(null);
        if (!ReportSignature.verifies(secret, body == null ? new byte[0] : body, signature)) {
            throw new ProblemException(new Problem(
                    ProblemKind.UNAUTHENTICATED,
                    "a delivery report must be signed: " + ReportSignature.HEADER
                            + ": sha256=<HMAC-SHA256 of the body>"));
        }
        DeliveryReport report = read(body);
        reports.apply(new SmsDeliveryReports.Report(
                report.id(), report.providerId(), report.status() == Status.DELIVERED, report.at(), report.reason()));
        return Response.noContent().build();
    }

    private DeliveryReport read(byte[] body) {
        DeliveryReport report;
        try {
            report = json.readValue(body, DeliveryReport.class);
        } catch (IOException e) {
            String detail = e instanceof JsonProcessingException parse ? parse.getOriginalMessage() : e.getMessage();
            throw new ProblemException(new Problem(ProblemKind.MALFORMED_BODY, detail));
        }
        if (report == null) {
            throw ProblemException.invalid("id", "a delivery report is required");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        require(errors, "id", report.id());
        require(errors, "providerId", report.providerId());
        require(errors, "status", report.status());
        require(errors, "at", report.at());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return report;
    }

    private static void require(List<Problem.FieldError> errors, String field, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            errors.add(new Problem.FieldError(field, "is required"));
        }
    }
}
