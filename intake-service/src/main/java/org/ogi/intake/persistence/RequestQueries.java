package org.ogi.intake.persistence;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.ogi.intake.domain.RepeatRule;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Reads of registered requests: searches for staff and applicants, and the candidates for repeat detection. */
@ApplicationScoped
public class RequestQueries {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /**
     * Search criteria; null means any.
     *
     * @param agency          staff: their agency
     * @param applicantUserId applicants: their own account
     * @param applicantName   part of the applicant's name
     */
    public record Criteria(String agency, String applicantUserId, String channel, String status,
            LocalDate receivedFrom, LocalDate receivedTo, String applicantName) {
    }

    public record Result(List<InformationRequestEntity> items, long total) {
    }

    /** The request, in a session of its own, for work that continues off the event loop. */
    @WithSession
    public Uni<InformationRequestEntity> find(String trackingNumber) {
        return InformationRequestEntity.findByTrackingNumber(trackingNumber);
    }

    public Uni<Result> search(Criteria criteria, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        add(where, parameters, "agency = :agency", "agency", criteria.agency());
        add(where, parameters, "applicantUserId = :user", "user", criteria.applicantUserId());
        add(where, parameters, "channel = :channel", "channel", criteria.channel());
        add(where, parameters, "status = :status", "status", criteria.status());
        add(where, parameters, "receivedDate >= :from", "from", criteria.receivedFrom());
        add(where, parameters, "receivedDate <= :to", "to", criteria.receivedTo());
        if (criteria.applicantName() != null) {
            where.add("lower(applicantName) like :name escape '\\'");
            parameters.and("name", "%" + criteria.applicantName().toLowerCase()
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        var query = InformationRequestEntity.<InformationRequestEntity>find(String.join(" and ", where),
                Sort.descending("registeredAt").and("id", Sort.Direction.Descending), parameters);
        return query.page(Page.of(page, size)).list()
                .chain(items -> query.count().map(total -> new Result(items, total)));
    }

    /** At most this many earlier requests are compared, newest first, so a prolific applicant costs no more. */
    static final int REPEAT_CANDIDATES = 200;

    /** Earlier requests to {@code agency} by the same identity or the same name and phone, since {@code from}. */
    public Uni<List<RepeatRule.Earlier>> earlierOfSameApplicant(String agency, String identityKey,
            String namePhoneKey, LocalDate from) {
        if (identityKey == null && namePhoneKey == null) {
            return Uni.createFrom().item(List.of());
        }
        return InformationRequestEntity.<InformationRequestEntity>find(
                        "agency = :agency and registeredAt >= :from and (identityKey = :identity or namePhoneKey = :namePhone)",
                        Sort.descending("registeredAt"), Parameters.with("agency", agency).and("from", from.atStartOfDay(ZONE).toOffsetDateTime())
                                .and("identity", identityKey).and("namePhone", namePhoneKey))
                .range(0, REPEAT_CANDIDATES - 1).list()
                .map(found -> found.stream().map(r -> new RepeatRule.Earlier(r.trackingNumber,
                        r.registeredAt.atZoneSameInstant(ZONE).toLocalDate(),
                        RepeatRule.text(r.infoTitle, r.infoDocumentNumber, r.infoDescription))).toList());
    }

    private static void add(List<String> where, Parameters parameters, String clause, String name, Object value) {
        if (value != null) {
            where.add(clause);
            parameters.and(name, value);
        }
    }
}
