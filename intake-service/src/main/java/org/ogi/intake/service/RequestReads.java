package org.ogi.intake.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.ogi.intake.domain.Channel;
import org.ogi.intake.domain.RequestStatus;
import org.ogi.intake.persistence.AttachmentEntity;
import org.ogi.intake.persistence.InformationRequestEntity;
import org.ogi.intake.persistence.RequestQueries;
import org.ogi.platform.problem.ProblemException;

/**
 * Reads of registered requests for the caller: staff see their agency's, an applicant only their own; any other
 * request does not exist for them (404), so its existence does not leak.
 */
@ApplicationScoped
public class RequestReads {

    /** What a search filters by; null means any. */
    public record Filter(
            Channel channel,
            RequestStatus status,
            LocalDate receivedFrom,
            LocalDate receivedTo,
            String applicantName) {}

    private final RequestQueries queries;

    RequestReads(RequestQueries queries) {
        this.queries = queries;
    }

    @WithSession
    public Uni<RequestQueries.Result> search(Filter filter, Requester requester, int page, int size) {
        if (!requester.isStaff() && !requester.applicant()) {
            throw ProblemException.forbidden("your account is not assigned to an agency");
        }
        RequestQueries.Criteria criteria = new RequestQueries.Criteria(
                requester.agency(),
                requester.isStaff() ? null : requester.userId(),
                filter.channel(),
                filter.status(),
                filter.receivedFrom(),
                filter.receivedTo(),
                filter.applicantName());
        return queries.search(criteria, page, size);
    }

    @WithSession
    public Uni<InformationRequestEntity> get(String trackingNumber, Requester requester) {
        return visible(trackingNumber, requester);
    }

    /** For staff of the agency only: identity document copies are among them. */
    @WithSession
    public Uni<List<AttachmentEntity.Summary>> attachments(String trackingNumber, Requester requester) {
        requester.staffAgency();
        return visible(trackingNumber, requester).chain(request -> AttachmentEntity.summariesOf(request.id));
    }

    /** The stored file, for staff of the agency only. */
    @WithSession
    public Uni<AttachmentEntity> attachment(String trackingNumber, long id, Requester requester) {
        requester.staffAgency();
        return visible(trackingNumber, requester)
                .chain(request -> AttachmentEntity.findOf(request.id, id))
                .map(file -> {
                    if (file == null) {
                        throw ProblemException.notFound("attachment " + id + " not found");
                    }
                    return file;
                });
    }

    private static Uni<InformationRequestEntity> visible(String trackingNumber, Requester requester) {
        return InformationRequestEntity.findByTrackingNumber(trackingNumber).map(request -> {
            if (request == null || !requester.sees(request)) {
                throw ProblemException.notFound("request " + trackingNumber + " not found");
            }
            return request;
        });
    }
}
