package org.ogi.cases.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;
import org.ogi.cases.domain.WorkQueue;
import org.ogi.cases.persistence.CaseFileEntity;
import org.ogi.contracts.v1.ClockKey;
import org.ogi.contracts.v1.ClockKind;
import org.ogi.platform.problem.ProblemException;

/** The agency's cases waiting for a role's work, most urgent due date first. */
@ApplicationScoped
public class WorkQueues {

    /** One page of a queue and how many cases the whole queue holds. */
    public record Page(long total, List<Entry> entries) {}

    /** @param dueDate the due date of the queue's clock; null while deadline-service has not announced it */
    public record Entry(
            String trackingNumber,
            String state,
            LocalDate receivedDate,
            LocalDate dueDate,
            String assignedOfficer,
            long version) {}

    @WithSession
    public Uni<Page> page(WorkQueue queue, Staff staff, int page, int size) {
        if (!staff.roles().contains(queue.role())) {
            throw ProblemException.forbidden(
                    "the queue " + queue.path() + " is for role " + queue.role().tokenName());
        }
        // A case reopened by a remand is due by its REMAND_REPLY:<appeal> clock, no longer its first REPLY clock
        // (LoadedCase.replyClock).
        String clock = queue.orderedBy() == ClockKind.REPLY
                ? "case when c.remandAppeal is null then :clock else concat(:remandClock, c.remandAppeal) end"
                : ":clock";
        String from = """
                from CaseFileEntity c
                left join CaseDeadlineEntity d on d.trackingNumber = c.trackingNumber and d.clock = %s
                where c.agency = :agency and c.state in :states""".formatted(clock) + (queue.assignedToCaller() ? " and c.assignedOfficer = :officer" : "");
        return Panache.getSession()
                .chain(session -> bind(
                                session.createSelectionQuery("select count(c) " + from, Long.class), queue, staff)
                        .getSingleResult()
                        .chain(total -> bind(
                                        session.createSelectionQuery(
                                                "select c, d.dueDate " + from
                                                        + " order by d.dueDate asc nulls last, c.receivedDate, c.trackingNumber",
                                                Object[].class),
                                        queue,
                                        staff)
                                .setFirstResult(page * size)
                                .setMaxResults(size)
                                .getResultList()
                                .map(rows -> new Page(
                                        total,
                                        rows.stream()
                                                .map(row -> {
                                                    CaseFileEntity c = (CaseFileEntity) row[0];
                                                    return new Entry(
                                                            c.trackingNumber,
                                                            c.state.name(),
                                                            c.receivedDate,
                                                            (LocalDate) row[1],
                                                            c.assignedOfficer,
                                                            c.version);
                                                })
                                                .toList()))));
    }

    private static <R> Mutiny.SelectionQuery<R> bind(Mutiny.SelectionQuery<R> query, WorkQueue queue, Staff staff) {
        if (queue.orderedBy() == ClockKind.REPLY) {
            query.setParameter("remandClock", ClockKind.REMAND_REPLY.name() + ":");
        }
        query.setParameter("clock", ClockKey.of(queue.orderedBy()).text())
                .setParameter("agency", staff.agency())
                .setParameter("states", queue.states());
        if (queue.assignedToCaller()) {
            query.setParameter("officer", staff.userId());
        }
        return query;
    }
}
