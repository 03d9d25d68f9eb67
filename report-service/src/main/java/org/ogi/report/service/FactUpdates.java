package org.ogi.report.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.ogi.contracts.v1.AppealEvents;
import org.ogi.contracts.v1.CaseEvents;
import org.ogi.contracts.v1.CaseOpened;
import org.ogi.contracts.v1.RequestReceived;
import org.ogi.law.ApplicantCategory;
import org.ogi.law.TableThreeRow;
import org.ogi.report.config.ReportConfig;
import org.ogi.report.domain.AppealFact;
import org.ogi.report.domain.CaseFact;
import org.ogi.report.persistence.ReadModel;
import org.ogi.report.persistence.ReadModel.StoredCase;

/**
 * Applies the events to the read model; runs inside the consuming transaction (IdempotentConsumer). The topics
 * arrive in any order relative to each other, so each event sets only the facts it carries.
 */
@ApplicationScoped
public class FactUpdates {

    public static final String EVENTS = "EVENTS";
    public static final String IMPORT = "IMPORT";

    private final ReadModel model;
    private final ReportConfig config;

    FactUpdates(ReadModel model, ReportConfig config) {
        this.model = model;
        this.config = config;
    }

    public Uni<Void> received(RequestReceived request) {
        Optional<ApplicantCategory> column =
                Optional.ofNullable(request.applicant()).flatMap(a -> ApplicantCategory.of(a.category()));
        String kind = request.kind() == null ? RequestReceived.INFORMATION : request.kind();
        return update(request.trackingNumber(), request.agency(), kind, EVENTS, fact -> {
            CaseFact withDate = fact.withReceived(request.receivedDate());
            return column.map(withDate::withColumn).orElse(withDate);
        });
    }

    public Uni<Void> opened(CaseOpened opened) {
        return update(opened.trackingNumber(), opened.agency(), null, EVENTS, fact -> {
            CaseFact withDate = fact.receivedDate() == null ? fact.withReceived(opened.receivedDate()) : fact;
            return fact.column() == null
                    ? ApplicantCategory.of(opened.applicantCategory())
                            .map(withDate::withColumn)
                            .orElse(withDate)
                    : withDate;
        });
    }

    public Uni<Void> replied(CaseEvents.Replied replied) {
        return outcome(
                replied.transition().trackingNumber(),
                replied.transition().agency(),
                replied.repliedOn(),
                row(replied.replyType()));
    }

    /** 视为放弃 (Art. 30; fee measures): （六）1 or 2 by the reason. */
    public Uni<Void> abandoned(CaseEvents.Abandoned abandoned) {
        TableThreeRow row = "FEE_NOT_PAID".equals(abandoned.reason())
                ? TableThreeRow.OTHER_FEE_NOT_PAID
                : TableThreeRow.OTHER_CORRECTION_NOT_MADE;
        return outcome(
                abandoned.transition().trackingNumber(),
                abandoned.transition().agency(),
                abandoned.transition().occurredOn(),
                row);
    }

    /** The row case-service stated for the withdrawal, else the configured one. */
    public Uni<Void> withdrawn(CaseEvents.Withdrawn withdrawn) {
        TableThreeRow row = withdrawn.replyType() != null ? row(withdrawn.replyType()) : config.withdrawnRow();
        LocalDate day = withdrawn.withdrawnOn() != null
                ? withdrawn.withdrawnOn()
                : withdrawn.transition().occurredOn();
        return outcome(
                withdrawn.transition().trackingNumber(), withdrawn.transition().agency(), day, row);
    }

    /** A pre-system open case from the import (its outcome, if known, as well). */
    public Uni<Void> imported(String agency, CaseFact fact) {
        return update(fact.trackingNumber(), agency, RequestReceived.INFORMATION, IMPORT, stored -> fact);
    }

    public Uni<Void> appealFiled(AppealEvents.Filed filed) {
        return model.appeal(filed.appealNumber())
                .chain(existing -> model.saveAppeal(
                        filed.agency(),
                        existing.map(a -> new AppealFact(
                                        a.appealNumber(), filed.kind(), filed.filedOn(), a.column(), a.decidedOn()))
                                .orElse(new AppealFact(
                                        filed.appealNumber(), filed.kind(), filed.filedOn(), null, null))));
    }

    public Uni<Void> appealDecided(AppealEvents.Decided decided) {
        return appealOutcome(
                decided.appealNumber(), decided.agency(), decided.kind(), decided.reportColumn(), decided.decidedOn());
    }

    /** 撤回 counts as 其他结果 (appeals-service's mapping of WITHDRAWN) unless a decision came first. */
    public Uni<Void> appealWithdrawn(AppealEvents.Withdrawn withdrawn) {
        return appealOutcome(
                withdrawn.appealNumber(), withdrawn.agency(), withdrawn.kind(), "OTHER", withdrawn.withdrawnOn());
    }

    private Uni<Void> appealOutcome(String number, String agency, String kind, String column, LocalDate day) {
        return model.appeal(number)
                .chain(existing -> model.saveAppeal(
                        agency,
                        existing.orElse(new AppealFact(number, kind, null, null, null))
                                .withOutcome(column, day)));
    }

    private Uni<Void> outcome(String trackingNumber, String agency, LocalDate day, TableThreeRow row) {
        return update(trackingNumber, agency, null, EVENTS, fact -> fact.withOutcome(day, row, config.remandRule()));
    }

    private Uni<Void> update(
            String trackingNumber, String agency, String kind, String source, UnaryOperator<CaseFact> change) {
        return model.caseForUpdate(trackingNumber, agency).chain(before -> {
            CaseFact fact =
                    before.map(StoredCase::fact).orElse(new CaseFact(trackingNumber, null, null, null, null, null));
            String newKind = kind != null ? kind : before.map(StoredCase::kind).orElse(null);
            String newSource =
                    before.map(b -> IMPORT.equals(b.source()) ? IMPORT : source).orElse(source);
            StoredCase after = new StoredCase(agency, newKind, change.apply(fact), newSource);
            if (before.isPresent() && before.get().equals(after)) {
                // Nothing new (e.g. the case opened after its request was received): no write, no counter moves.
                return Uni.createFrom().voidItem();
            }
            return model.saveCase(before, before.map(b -> counts(b.kind())).orElse(false), after, counts(newKind));
        });
    }

    /** Art. 41 record corrections are not requests for government information (configurable). */
    private boolean counts(String kind) {
        return config.countRecordCorrections() || !RequestReceived.RECORD_CORRECTION.equals(kind);
    }

    /** The table 三 row of a reply type; null (named by the invariants) when it is not one. */
    private static TableThreeRow row(String replyType) {
        if (replyType == null) {
            return null;
        }
        try {
            return TableThreeRow.valueOf(replyType);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
