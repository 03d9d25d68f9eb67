package org.ogi.notification.domain;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ogi.contracts.v1.AppealEvents;
import org.ogi.contracts.v1.CaseEvents;
import org.ogi.contracts.v1.DeadlineEvents;
import org.ogi.contracts.v1.RequestAwaitingConfirmation;
import org.ogi.contracts.v1.RequestReceived;

/** The facts of each notice, read from the event that triggers it; the templates word them. */
public final class Notices {

    /** Art. 33 ¶2 (2019): the reply period in working days from the received date. */
    static final int REPLY_WORKING_DAYS = 20;

    private Notices() {}

    public static Notice acknowledgement(RequestReceived r) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("receivedDate", r.receivedDate());
        f.put("title", r.information() == null ? null : r.information().title());
        f.put("replyWorkingDays", REPLY_WORKING_DAYS);
        f.put("incomplete", r.missingContents() != null && !r.missingContents().isEmpty());
        return Notice.of(NotificationKind.ACKNOWLEDGEMENT, r.trackingNumber(), r.agency(), f);
    }

    public static Notice awaitingConfirmation(RequestAwaitingConfirmation r) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("channel", "FAX".equals(r.channel()) ? "传真" : "平常信函");
        f.put("arrivedOn", r.arrivedOn());
        f.put("confirmByDate", r.confirmByDate());
        return Notice.of(NotificationKind.AWAITING_CONFIRMATION, r.trackingNumber(), r.agency(), f);
    }

    public static Notice confirmationWaiting(RequestAwaitingConfirmation r) {
        Notice applicant = awaitingConfirmation(r);
        return Notice.of(NotificationKind.CONFIRMATION_WAITING, r.trackingNumber(), r.agency(), applicant.facts());
    }

    public static Notice accepted(CaseEvents.Accepted e) {
        return Notice.of(
                NotificationKind.ACCEPTED,
                e.transition().trackingNumber(),
                e.transition().agency(),
                Map.of("acceptedOn", e.transition().occurredOn()));
    }

    public static Notice correction(CaseEvents.CorrectionRequested e) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("noticeDate", e.noticeDate());
        f.put("items", e.itemsToCorrect() == null ? List.of() : e.itemsToCorrect());
        f.put("periodWorkingDays", e.periodWorkingDays());
        return Notice.of(
                NotificationKind.CORRECTION_NOTICE,
                e.transition().trackingNumber(),
                e.transition().agency(),
                f);
    }

    public static Notice consultation(CaseEvents.ConsultationStarted e) {
        Map<String, Object> f = new LinkedHashMap<>();
        boolean thirdParty = "THIRD_PARTY".equals(e.kind());
        f.put("article", thirdParty ? "第三十二条" : "第三十四条");
        f.put("party", thirdParty ? "第三方" : "其他行政机关");
        f.put("letterSentOn", e.letterSentOn());
        return Notice.of(
                NotificationKind.CONSULTATION_STARTED,
                e.transition().trackingNumber(),
                e.transition().agency(),
                f);
    }

    /** Art. 33 ¶2: told before the old due date, with the new one (from deadline-service's recomputed clock). */
    public static Notice extension(
            String trackingNumber,
            String agency,
            int workingDays,
            String reason,
            LocalDate oldDueDate,
            LocalDate newDueDate) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("workingDays", workingDays);
        f.put("reason", reason);
        f.put("oldDueDate", oldDueDate);
        f.put("newDueDate", newDueDate);
        return Notice.of(NotificationKind.EXTENSION, trackingNumber, agency, f);
    }

    public static Notice fee(CaseEvents.FeeNoticeIssued e) {
        Map<String, Object> f = new LinkedHashMap<>();
        boolean perRequest = "PER_REQUEST".equals(e.mode());
        f.put("feeId", e.feeId());
        f.put("perRequest", perRequest);
        f.put("units", e.units());
        f.put(
                "amount",
                e.amount() == null
                        ? null
                        : e.amount().setScale(2, RoundingMode.HALF_UP).toPlainString());
        f.put("noticeDate", e.noticeDate());
        f.put("payWorkingDays", 20);
        return Notice.of(
                NotificationKind.FEE_NOTICE,
                e.transition().trackingNumber(),
                e.transition().agency(),
                f);
    }

    /** The reply's remedies run from its service date (送达), which the channel fixes: the notice states the rule. */
    public static Notice reply(CaseEvents.Replied e) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("repliedOn", e.repliedOn());
        f.put("outcome", outcomeLabel(e.outcomeGroup()));
        f.put("legalBasis", e.legalBasis());
        f.put("reconsiderationDays", 60);
        f.put("suitMonths", 6);
        return new Notice(
                NotificationKind.REPLY,
                e.transition().trackingNumber(),
                e.transition().agency(),
                f,
                e.letterText());
    }

    public static Notice abandoned(CaseEvents.Abandoned e) {
        Map<String, Object> f = new LinkedHashMap<>();
        boolean fee = "FEE_NOT_PAID".equals(e.reason());
        f.put("fee", fee);
        f.put("abandonedOn", e.transition().occurredOn());
        return Notice.of(
                NotificationKind.ABANDONED,
                e.transition().trackingNumber(),
                e.transition().agency(),
                f);
    }

    public static Notice appealFiled(String trackingNumber, AppealEvents.Filed e) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("appealNumber", e.appealNumber());
        f.put("appeal", appealLabel(e.kind()));
        f.put("milestone", "FILED");
        f.put("forum", e.forum());
        f.put("date", e.filedOn());
        cite(f, AppealCitations.filed(e.kind(), e.procedure()));
        return Notice.of(NotificationKind.APPEAL_MILESTONE, trackingNumber, e.agency(), f);
    }

    public static Notice appealDecided(String trackingNumber, AppealEvents.Decided e) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("appealNumber", e.appealNumber());
        f.put("appeal", appealLabel(e.kind()));
        f.put("milestone", "DECIDED");
        f.put("documentNumber", e.documentNumber());
        f.put("date", e.decidedOn());
        f.put("replyAgain", e.replyAgain());
        if (e.replyAgain()) {
            cite(f, AppealCitations.replyAgain(e.kind(), e.outcome()));
        } else {
            AppealCitations.Remedy remedy = AppealCitations.remedy(e.kind());
            f.put("remedy", remedy.name());
            f.put("remedyPeriod", remedyPeriod(remedy, e.form()));
            cite(f, AppealCitations.remedyCitation(remedy));
        }
        return Notice.of(NotificationKind.APPEAL_MILESTONE, trackingNumber, e.agency(), f);
    }

    /** The period of each remedy: ALL Arts. 45 (15 days), 85 (15 or 10 days), SPC ALL Interp. 110 (6 months). */
    private static String remedyPeriod(AppealCitations.Remedy remedy, String form) {
        return switch (remedy) {
            case SUE -> "15日";
            case APPEAL -> AppealCitations.appealDays(form) + "日";
            case RETRIAL -> "6个月";
            case NONE -> null;
        };
    }

    /** The citation in full (letters, e-mail, inbox) and brief (text messages). */
    static void cite(Map<String, Object> facts, AppealCitations.Citation citation) {
        facts.put("citation", citation.full());
        facts.put("citationShort", citation.brief());
    }

    /** {@code appealKind}: the kind of the appeal that ordered the new reply, null when it was never seen here. */
    public static Notice reopened(CaseEvents.Reopened e, String appealKind) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("appealNumber", e.appealNumber());
        f.put("documentNumber", e.documentNumber());
        f.put("replyAgainBy", e.replyAgainBy());
        f.put("replyAgainWorkingDays", e.replyAgainWorkingDays());
        f.put("servedOn", e.servedOn());
        cite(f, AppealCitations.replyAgain(appealKind, e.outcome()));
        return Notice.of(
                NotificationKind.REOPENED,
                e.transition().trackingNumber(),
                e.transition().agency(),
                f);
    }

    /** A clock alert for staff: the kind follows the clock (appeal answer, Art. 31 confirmation, the case's). */
    public static Notice approaching(DeadlineEvents.Approaching e) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("clock", clockLabel(e.clock().kind().name()));
        f.put("dueDate", e.dueDate());
        f.put("workingDaysLeft", e.workingDaysLeft());
        NotificationKind kind = switch (e.clock().kind()) {
            case APPEAL_ANSWER -> NotificationKind.APPEAL_ANSWER_DUE;
            case CONFIRMATION -> NotificationKind.CONFIRMATION_WAITING;
            default -> NotificationKind.DEADLINE_APPROACHING;
        };
        return Notice.of(kind, e.trackingNumber(), e.agency(), f);
    }

    public static Notice breached(DeadlineEvents.Breached e) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("clock", clockLabel(e.clock().kind().name()));
        f.put("dueDate", e.dueDate());
        NotificationKind kind = switch (e.clock().kind()) {
            case CONFIRMATION -> NotificationKind.CONFIRMATION_WAITING;
            default -> NotificationKind.DEADLINE_BREACHED;
        };
        return Notice.of(kind, e.trackingNumber(), e.agency(), f);
    }

    public static Notice queueWaiting(String trackingNumber, String agency, String state, LocalDate since, int days) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("state", state);
        f.put("since", since);
        f.put("days", days);
        return Notice.of(NotificationKind.QUEUE_WAITING, trackingNumber, agency, f);
    }

    public static Notice deliveryFailed(String trackingNumber, String agency, NotificationKind failed, String reason) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("notice", failed.title());
        f.put("reason", reason);
        return Notice.of(NotificationKind.DELIVERY_FAILED, trackingNumber, agency, f);
    }

    static String outcomeLabel(String group) {
        if (group == null) {
            return "答复";
        }
        return switch (group) {
            case "DISCLOSED" -> "予以公开";
            case "PARTIALLY_DISCLOSED" -> "部分公开";
            case "WITHHELD" -> "不予公开";
            case "CANNOT_PROVIDE" -> "无法提供";
            case "NOT_PROCESSED" -> "不予处理";
            default -> "其他处理";
        };
    }

    static String appealLabel(String kind) {
        return "RECONSIDERATION".equals(kind) ? "行政复议" : "行政诉讼";
    }

    static String clockLabel(String clock) {
        return switch (clock) {
            case "REPLY" -> "答复期限（条例第三十三条）";
            case "CORRECTION_NOTICE" -> "补正告知期限（条例第三十条）";
            case "CORRECTION_PERIOD" -> "申请人补正期限（条例第三十条）";
            case "THIRD_PARTY_ANSWER" -> "第三方答复期限（条例第三十二条）";
            case "OTHER_AGENCY_ANSWER" -> "其他机关答复期限（条例第三十四条）";
            case "FEE_PAYMENT" -> "缴费期限";
            case "CONFIRMATION" -> "平常信函确认（条例第三十一条）";
            case "RECORD_CORRECTION" -> "更正答复期限（条例第四十一条）";
            case "APPEAL_ANSWER" -> "复议答复/应诉答辩期限";
            case "REMAND_REPLY" -> "重新答复期限";
            default -> clock;
        };
    }
}
