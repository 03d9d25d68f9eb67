package org.ogi.notification.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A notice of each kind with made-up case facts, so staff can preview a template before any case needs it. */
public final class SampleNotices {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private SampleNotices() {}

    public static Notice of(NotificationKind kind, String agency) {
        String trackingNumber = agency + "-2026-000001";
        Map<String, Object> f = new LinkedHashMap<>();
        switch (kind) {
            case ACKNOWLEDGEMENT -> {
                f.put("receivedDate", DAY);
                f.put("title", "2025年度本市财政预算执行情况");
                f.put("replyWorkingDays", 20);
                f.put("incomplete", false);
            }
            case AWAITING_CONFIRMATION, CONFIRMATION_WAITING -> {
                f.put("channel", "平常信函");
                f.put("arrivedOn", DAY);
                f.put("confirmByDate", DAY.plusDays(7));
            }
            case ACCEPTED -> f.put("acceptedOn", DAY);
            case CORRECTION_NOTICE -> {
                f.put("noticeDate", DAY);
                f.put("items", List.of("所需信息的名称、文号或者便于查询的其他特征性描述"));
                f.put("periodWorkingDays", 15);
            }
            case CONSULTATION_STARTED -> {
                f.put("article", "第三十二条");
                f.put("party", "第三方");
                f.put("letterSentOn", DAY);
            }
            case EXTENSION -> {
                f.put("workingDays", 20);
                f.put("reason", "需要检索的档案数量较多");
                f.put("oldDueDate", LocalDate.of(2026, 3, 30));
                f.put("newDueDate", LocalDate.of(2026, 4, 28));
            }
            case FEE_NOTICE -> {
                f.put("feeId", "F-1");
                f.put("perRequest", false);
                f.put("units", 12);
                f.put("amount", "100.00");
                f.put("noticeDate", DAY);
                f.put("payWorkingDays", 20);
            }
            case REPLY -> {
                f.put("repliedOn", DAY);
                f.put("outcome", Notices.outcomeLabel("DISCLOSED"));
                f.put("legalBasis", "《中华人民共和国政府信息公开条例》第三十六条第（二）项");
                f.put("reconsiderationDays", 60);
                f.put("suitMonths", 6);
            }
            case ABANDONED -> {
                f.put("fee", false);
                f.put("abandonedOn", DAY);
            }
            case APPEAL_MILESTONE -> {
                f.put("appealNumber", "R-2026-0001");
                f.put("appeal", Notices.appealLabel("RECONSIDERATION"));
                f.put("milestone", "FILED");
                f.put("forum", "市人民政府");
                f.put("date", DAY);
                Notices.cite(f, AppealCitations.filed("RECONSIDERATION", "ORDINARY"));
            }
            case REOPENED -> {
                f.put("appealNumber", "R-2026-0001");
                f.put("documentNumber", "复决字〔2026〕1号");
                f.put("replyAgainBy", LocalDate.of(2026, 3, 30));
                f.put("replyAgainWorkingDays", 20);
                f.put("servedOn", DAY);
                Notices.cite(f, AppealCitations.replyAgain("RECONSIDERATION", "REVOKED"));
            }
            case DEADLINE_APPROACHING, APPEAL_ANSWER_DUE -> {
                f.put(
                        "clock",
                        Notices.clockLabel(kind == NotificationKind.APPEAL_ANSWER_DUE ? "APPEAL_ANSWER" : "REPLY"));
                f.put("dueDate", DAY.plusDays(3));
                f.put("workingDaysLeft", 3);
            }
            case DEADLINE_BREACHED -> {
                f.put("clock", Notices.clockLabel("REPLY"));
                f.put("dueDate", DAY.minusDays(1));
            }
            case QUEUE_WAITING -> {
                f.put("state", "待受理");
                f.put("since", DAY.minusDays(5));
                f.put("days", 5);
            }
            case DELIVERY_FAILED -> {
                f.put("notice", NotificationKind.REPLY.title());
                f.put("reason", "SMTP 550 mailbox unavailable");
            }
        }
        return new Notice(kind, trackingNumber, agency, f, kind == NotificationKind.REPLY ? "（答复书正文）" : null);
    }
}
