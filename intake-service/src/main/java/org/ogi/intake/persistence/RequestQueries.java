package org.ogi.intake.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hibernate.reactive.mutiny.Mutiny;
import org.ogi.intake.domain.Channel;
import org.ogi.intake.domain.MonthlyRequestCount;
import org.ogi.intake.domain.RepeatRule;
import org.ogi.intake.domain.RequestStatus;

/** Reads of registered requests: searches for staff and applicants, and the candidates for repeat detection. */
@ApplicationScoped
public class RequestQueries {

    /** The zone of the injected clock: registration days are local dates in it. */
    private final ZoneId zone;

    RequestQueries(Clock clock) {
        this.zone = clock.getZone();
    }

    /**
     * Search criteria; null means any.
     *
     * @param agency          staff: their agency
     * @param applicantUserId applicants: their own account
     * @param applicantName   part of the applicant's name
     */
    public record Criteria(
            String agency,
            String applicantUserId,
            Channel channel,
            RequestStatus status,
            LocalDate receivedFrom,
            LocalDate receivedTo,
            String applicantName) {}

    public record Result(List<InformationRequestEntity> items, long total) {}

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
            parameters.and(
                    "name",
                    "%"
                            + criteria.applicantName()
                                    .toLowerCase()
                                    .replace("\\", "\\\\")
                                    .replace("%", "\\%")
                                    .replace("_", "\\_")
                            + "%");
        }
        var query = InformationRequestEntity.<InformationRequestEntity>find(
                String.join(" and ", where),
                Sort.descending("registeredAt").and("id", Sort.Direction.Descending),
                parameters);
        return query.page(Page.of(page, size))
                .list()
                .chain(items -> query.count().map(total -> new Result(items, total)));
    }

    /** At most this many earlier requests of one applicant are compared, newest first: a prolific one costs no more. */
    public static final int REPEAT_CANDIDATES = 200;

    /** An earlier request with the applicant keys it was found by. */
    public record EarlierRequest(String identityKey, String namePhoneKey, RepeatRule.Earlier earlier) {}

    /**
     * Earlier requests to {@code agency} since {@code from} by any of the identities or name-and-phone keys, newest
     * first, at most {@code limit}; one query for a whole batch of registrations.
     */
    public Uni<List<EarlierRequest>> earlierOfApplicants(
            String agency, Set<String> identityKeys, Set<String> namePhoneKeys, LocalDate from, int limit) {
        String applicants = applicants(identityKeys, namePhoneKeys);
        if (applicants.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession()
                .chain(session -> {
                    var query = session.createSelectionQuery(
                                    "select identityKey, namePhoneKey, trackingNumber, registeredAt, "
                                            + "infoTitle, infoDocumentNumber, infoDescription from InformationRequestEntity "
                                            + "where agency = :agency and registeredAt >= :from and (" + applicants
                                            + ") order by registeredAt desc",
                                    Object[].class)
                            .setParameter("agency", agency)
                            .setParameter("from", from.atStartOfDay(zone).toOffsetDateTime())
                            .setMaxResults(limit);
                    return bindApplicants(query, identityKeys, namePhoneKeys).getResultList();
                })
                .map(rows -> rows.stream()
                        .map(r -> new EarlierRequest(
                                (String) r[0],
                                (String) r[1],
                                new RepeatRule.Earlier(
                                        (String) r[2],
                                        ((OffsetDateTime) r[3])
                                                .atZoneSameInstant(zone)
                                                .toLocalDate(),
                                        RepeatRule.text((String) r[4], (String) r[5], (String) r[6]))))
                        .toList());
    }

    /**
     * Requests to {@code agency} received in {@code [from, to]} by any of the identities or name-and-phone keys; one
     * query for a whole batch (fee measures Art. 4 monthly count).
     */
    public Uni<List<MonthlyRequestCount.Known>> receivedOfApplicants(
            String agency, Set<String> identityKeys, Set<String> namePhoneKeys, LocalDate from, LocalDate to) {
        String applicants = applicants(identityKeys, namePhoneKeys);
        if (applicants.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession()
                .chain(session -> {
                    var query = session.createSelectionQuery(
                                    "select trackingNumber, identityKey, namePhoneKey, receivedDate "
                                            + "from InformationRequestEntity where agency = :agency and receivedDate between :from and :to"
                                            + " and (" + applicants + ")",
                                    Object[].class)
                            .setParameter("agency", agency)
                            .setParameter("from", from)
                            .setParameter("to", to);
                    return bindApplicants(query, identityKeys, namePhoneKeys).getResultList();
                })
                .map(rows -> rows.stream()
                        .map(r -> new MonthlyRequestCount.Known(
                                (String) r[0], (String) r[1], (String) r[2], (LocalDate) r[3]))
                        .toList());
    }

    /** The condition on the applicant's keys; empty when there are none, so nothing can match. */
    private static String applicants(Set<String> identityKeys, Set<String> namePhoneKeys) {
        List<String> applicants = new ArrayList<>();
        if (!identityKeys.isEmpty()) {
            applicants.add("identityKey in :identities");
        }
        if (!namePhoneKeys.isEmpty()) {
            applicants.add("namePhoneKey in :namePhones");
        }
        return String.join(" or ", applicants);
    }

    private static Mutiny.SelectionQuery<Object[]> bindApplicants(
            Mutiny.SelectionQuery<Object[]> query, Set<String> identityKeys, Set<String> namePhoneKeys) {
        if (!identityKeys.isEmpty()) {
            query.setParameter("identities", identityKeys);
        }
        if (!namePhoneKeys.isEmpty()) {
            query.setParameter("namePhones", namePhoneKeys);
        }
        return query;
    }

    private static void add(List<String> where, Parameters parameters, String clause, String name, Object value) {
        if (value != null) {
            where.add(clause);
            parameters.and(name, value);
        }
    }
}
