package org.ogi.cases.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ogi.cases.domain.CaseAction;

/** Loads cases and what belongs to them; runs in the caller's session or transaction. */
@ApplicationScoped
public class CaseRepository {

    private static final List<CaseAction> DRAFTING_ACTIONS = List.of(CaseAction.SAVE_DRAFT, CaseAction.SUBMIT_DRAFT);

    /** The case file, or null. */
    public Uni<CaseFileEntity> find(String trackingNumber) {
        return CaseFileEntity.findById(trackingNumber);
    }

    public Uni<LoadedCase> load(CaseFileEntity caseFile) {
        String tn = caseFile.trackingNumber;
        return CaseDeadlineEntity.<CaseDeadlineEntity>list("trackingNumber", tn)
                .chain(deadlines -> ConsultationEntity.<ConsultationEntity>list("trackingNumber", tn)
                        .chain(consultations -> CaseDraftEntity.<CaseDraftEntity>findById(tn)
                                .chain(draft -> draftAuthors(tn)
                                        .chain(authors -> appeals(tn)
                                                .chain(appeals -> CaseEarlierReplyEntity.<CaseEarlierReplyEntity>list(
                                                                "trackingNumber", Sort.by("id"), tn)
                                                        .map(earlier -> new LoadedCase(
                                                                caseFile,
                                                                deadlines.stream()
                                                                        .collect(
                                                                                Collectors.toMap(d -> d.clock, d -> d)),
                                                                consultations,
                                                                draft,
                                                                authors,
                                                                appeals,
                                                                earlier)))))));
    }

    /** The appeals against the case, oldest first. */
    public Uni<List<CaseAppealEntity>> appeals(String trackingNumber) {
        return CaseAppealEntity.list("trackingNumber", Sort.by("id"), trackingNumber);
    }

    /** The draft reply, or null. */
    public Uni<CaseDraftEntity> draft(String trackingNumber) {
        return CaseDraftEntity.findById(trackingNumber);
    }

    /** Every step and draft edit, oldest first. */
    public Uni<List<CaseAuditEntity>> auditTrail(String trackingNumber) {
        return CaseAuditEntity.find("trackingNumber", Sort.by("id"), trackingNumber)
                .list();
    }

    /** The step recorded under this Idempotency-Key, or null. */
    public Uni<CaseCommandEntity> command(String trackingNumber, String idempotencyKey) {
        CaseCommandEntity.Key key = new CaseCommandEntity.Key();
        key.trackingNumber = trackingNumber;
        key.idempotencyKey = idempotencyKey;
        return CaseCommandEntity.findById(key);
    }

    /** Everyone who wrote or submitted the draft, from the audit trail. */
    private static Uni<Set<String>> draftAuthors(String trackingNumber) {
        return Panache.getSession()
                .chain(session -> session.createSelectionQuery(
                                "select distinct a.userId from CaseAuditEntity a "
                                        + "where a.trackingNumber = :tn and a.action in :actions",
                                String.class)
                        .setParameter("tn", trackingNumber)
                        .setParameter("actions", DRAFTING_ACTIONS)
                        .getResultList())
                .map(HashSet::new);
    }
}
