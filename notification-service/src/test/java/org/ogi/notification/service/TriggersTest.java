package org.ogi.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.ogi.contracts.EventCodec;
import org.ogi.contracts.EventType;
import org.ogi.contracts.Roles;
import org.ogi.contracts.v1.AppealEvents;
import org.ogi.contracts.v1.CaseEvents;
import org.ogi.contracts.v1.CaseTransitioned;
import org.ogi.contracts.v1.ClockKey;
import org.ogi.contracts.v1.ClockKind;
import org.ogi.contracts.v1.DeadlineEvents;
import org.ogi.contracts.v1.DeadlineScheduled;
import org.ogi.contracts.v1.Events;
import org.ogi.contracts.v1.RequestAwaitingConfirmation;
import org.ogi.notification.testing.MailAndSms;
import org.ogi.notification.testing.Notified;
import org.ogi.notification.testing.Requests;
import org.ogi.testsupport.RepliedBuilder;
import org.ogi.testsupport.TestEvents;

/** One test per trigger of issue 14 item 1: the event, the notice and its legal content. */
@QuarkusTest
class TriggersTest {

    @Inject
    QueueReminders queues;

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    @Test
    void acceptance() {
        String tn = applicant();
        TestEvents.publish(
                TestEvents.event(Events.CASE_ACCEPTED, tn, new CaseEvents.Accepted(t(tn, "ACCEPT", "ACCEPTED"))));
        assertThat(body(tn, "ACCEPTED")).contains("2026年11月24日受理");
    }

    @Test
    void correctionNotice() {
        String tn = applicant();
        publish(
                Events.CASE_CORRECTION_REQUESTED,
                tn,
                new CaseEvents.CorrectionRequested(
                        t(tn, "REQUEST_CORRECTION", "AWAITING_CORRECTION"), DAY, List.of("所需信息的文号或名称"), 15));
        assertThat(body(tn, "CORRECTION_NOTICE"))
                .contains("第三十条")
                .contains("1. 所需信息的文号或名称")
                .contains("15个工作日内补正")
                .contains("视为放弃申请");
    }

    @Test
    void consultationStarted() {
        String tn = applicant();
        publish(
                Events.CASE_CONSULTATION_STARTED,
                tn,
                new CaseEvents.ConsultationStarted(
                        t(tn, "START_CONSULTATION", "IN_CONSULTATION"), "C-1", "THIRD_PARTY", "某公司", DAY, null));
        assertThat(body(tn, "CONSULTATION_STARTED"))
                .contains("第三十二条")
                .contains("第三十三条第三款")
                .contains("不计算在答复期限内");
    }

    @Test
    void extensionTellsTheNewDueDateWhenTheRecomputedDateFollowsTheExtension() {
        String tn = applicant();
        publish(Events.DEADLINE_SCHEDULED, tn, reply(tn, 20, LocalDate.of(2026, 12, 22)));
        Awaitility.await().until(() -> "2026-12-22".equals(String.valueOf(contact(tn, "reply_due_date"))));
        TestEvents.publish(extended(tn));
        Awaitility.await().until(() -> contact(tn, "extension_event") != null);
        // A pause moves the date without counting more working days: not the extension's date.
        publish(Events.DEADLINE_SCHEDULED, tn, reply(tn, 20, LocalDate.of(2026, 12, 29)));
        Awaitility.await().until(() -> "2026-12-29".equals(String.valueOf(contact(tn, "reply_due_date"))));
        assertThat(Notified.rows(tn)).noneMatch(r -> "EXTENSION".equals(r.get("kind")));
        publish(Events.DEADLINE_SCHEDULED, tn, reply(tn, 40, LocalDate.of(2027, 1, 28)));
        assertThat(body(tn, "EXTENSION"))
                .contains("第三十三条第二款")
                .contains("延长20个工作日")
                .contains("原答复期限至2026年12月29日")
                .contains("2027年1月28日前作出答复");
    }

    @Test
    void extensionTellsTheNewDueDateWhenTheRecomputedDateArrivesFirstAndOnceOnRedelivery() throws Exception {
        String tn = applicant();
        publish(Events.DEADLINE_SCHEDULED, tn, reply(tn, 20, LocalDate.of(2026, 12, 22)));
        Awaitility.await().until(() -> "2026-12-22".equals(String.valueOf(contact(tn, "reply_due_date"))));
        var recomputed = TestEvents.event(Events.DEADLINE_SCHEDULED, tn, reply(tn, 40, LocalDate.of(2027, 1, 21)));
        TestEvents.publish(recomputed);
        Awaitility.await().until(() -> "2027-01-21".equals(String.valueOf(contact(tn, "extended_due_date"))));
        assertThat(Notified.rows(tn)).noneMatch(r -> "EXTENSION".equals(r.get("kind")));
        var extended = extended(tn);
        TestEvents.publish(extended);
        TestEvents.publish(extended);
        TestEvents.publish(recomputed);
        assertThat(body(tn, "EXTENSION"))
                .contains("延长20个工作日")
                .contains("原答复期限至2026年12月22日")
                .contains("2027年1月21日前作出答复");
        Thread.sleep(1000);
        assertThat(Notified.rows(tn).stream()
                        .filter(r -> "EXTENSION".equals(r.get("kind")))
                        .map(r -> r.get("channel")))
                .containsExactlyInAnyOrder("EMAIL", "PORTAL");
    }

    @Test
    void anExtendedClockIsRecognisedWithoutAnEarlierCountAgainstTheRegimesPeriod() {
        String tn = applicant();
        TestEvents.publish(extended(tn));
        Awaitility.await().until(() -> contact(tn, "extension_event") != null);
        publish(Events.DEADLINE_SCHEDULED, tn, reply(tn, 40, LocalDate.of(2027, 1, 21)));
        assertThat(body(tn, "EXTENSION")).contains("延长20个工作日").contains("2027年1月21日前作出答复");
    }

    /**
     * A consumer reads a contact that another transaction is changing only once that one has committed, so it does
     * not write its older copy over the change (two channels pair an extension with its due date on one contact).
     */
    @Test
    void aContactBeingChangedElsewhereIsReadAsCommittedNotOverwritten() throws Exception {
        String tn = applicant();
        try (var connection = org.ogi.testsupport.OgiInfrastructure.openDatabaseConnection()) {
            connection.setAutoCommit(false);
            try (var change = connection.prepareStatement(
                    "update case_contact set officer = 'officer-x' where tracking_number = ?")) {
                change.setString(1, tn);
                change.executeUpdate();
            }
            publish(Events.DEADLINE_SCHEDULED, tn, reply(tn, 20, LocalDate.of(2026, 12, 22)));
            // Long enough for the consumer to read the contact while the change is not committed.
            Thread.sleep(2000);
            connection.commit();
        }
        Awaitility.await().until(() -> "2026-12-22".equals(String.valueOf(contact(tn, "reply_due_date"))));
        assertThat(contact(tn, "officer")).isEqualTo("officer-x");
    }

    private static org.ogi.contracts.CloudEvent extended(String tn) {
        return TestEvents.event(
                Events.CASE_EXTENDED,
                tn,
                new CaseEvents.Extended(t(tn, "EXTEND", "IN_PROGRESS"), 20, "需要检索的档案数量较多", "head", DAY));
    }

    @Test
    void feeNotice() {
        String tn = applicant();
        publish(
                Events.CASE_FEE_NOTICE_ISSUED,
                tn,
                new CaseEvents.FeeNoticeIssued(
                        t(tn, "ISSUE_FEE_NOTICE", "AWAITING_FEE"),
                        "F-1",
                        "PER_REQUEST",
                        12,
                        new BigDecimal("100.00"),
                        DAY));
        assertThat(body(tn, "FEE_NOTICE"))
                .contains("第四十二条")
                .contains("国办函〔2020〕109号")
                .contains("按件计收")
                .contains("人民币100.00元")
                .contains("收到本通知次日起20个工作日内")
                .contains("视为放弃申请");
    }

    @Test
    void replyWithItsRemedies() {
        String tn = applicant();
        publish(Events.CASE_REPLIED, tn, replied(tn, "《中华人民共和国政府信息公开条例》第三十六条第（二）项", "EMAIL"));
        Map<String, Object> row = Notified.await(tn, "REPLY", "EMAIL", null);
        assertThat((String) row.get("body"))
                .contains("予以公开")
                .contains("60日内依法申请行政复议")
                .contains("6个月内依法向人民法院提起行政诉讼")
                .contains("发送之日为送达之日");
        assertThat(row.get("letter_text")).asString().contains("经审查，您申请的信息予以公开。");
    }

    @Test
    void deemedAbandoned() {
        String tn = applicant();
        publish(
                Events.CASE_ABANDONED,
                tn,
                new CaseEvents.Abandoned(t(tn, "ABANDON", "ABANDONED"), "CORRECTION_PERIOD_EXPIRED"));
        assertThat(body(tn, "ABANDONED")).contains("第三十条").contains("视为放弃申请");
    }

    @Test
    void appealMilestonesCiteTheArticleTheAgencyAnswersUnder() {
        String tn = applicant();
        String appeal = "FY-A-" + tn;
        publish(
                AppealEvents.FILED,
                appeal,
                new AppealEvents.Filed(
                        appeal,
                        "A",
                        "RECONSIDERATION",
                        "REPLY",
                        List.of(tn),
                        null,
                        "张三",
                        "某市人民政府",
                        null,
                        "ORDINARY",
                        DAY,
                        DAY,
                        null,
                        DAY,
                        DAY,
                        DAY,
                        true,
                        "WITHHELD",
                        null,
                        "legal"));
        assertThat(body(tn, "APPEAL_MILESTONE"))
                .contains("行政复议")
                .contains(appeal)
                .contains("某市人民政府")
                .contains("《中华人民共和国行政复议法》第四十八条");
    }

    /**
     * The new reply's notice cites what the decision applied: an order to perform in a suit, ALL Art. 72; an appeal
     * never seen here (its kind unknown), both laws' revocation articles.
     */
    @Test
    void reopenedAfterRemandCitesTheDecisionsArticle() {
        String tn = applicant();
        publish(Events.CASE_REOPENED, tn, reopened(tn, "FY-UNSEEN-" + tn, "REVOKED"));
        assertThat(body(tn, "REOPENED"))
                .contains("重新作出答复")
                .contains("2027年1月10日前重新作出答复")
                .contains("《中华人民共和国行政复议法》第六十四条第一款或者《中华人民共和国行政诉讼法》第七十条");

        String suit = "SS-A-" + tn;
        publish(
                AppealEvents.DECIDED,
                suit,
                new AppealEvents.Decided(
                        suit,
                        "A",
                        "DIRECT_SUIT",
                        List.of(tn),
                        "ORDERED_TO_PERFORM",
                        "CORRECTED",
                        "JUDGMENT",
                        DAY,
                        DAY,
                        "（2026）京01行初1号",
                        true,
                        LocalDate.of(2027, 1, 10),
                        null,
                        "legal"));
        assertThat(body(tn, "APPEAL_MILESTONE")).contains("《中华人民共和国行政诉讼法》第七十二条");
        publish(Events.CASE_REOPENED, tn, reopened(tn, suit, "ORDERED_TO_PERFORM"));
        Awaitility.await()
                .untilAsserted(() -> assertThat(Notified.rows(tn).stream()
                                .filter(r -> "REOPENED".equals(r.get("kind")) && "EMAIL".equals(r.get("channel")))
                                .map(r -> (String) r.get("body")))
                        .anySatisfy(text ->
                                assertThat(text).contains("（2026）京01行初1号").contains("依照《中华人民共和国行政诉讼法》第七十二条")));
    }

    private static CaseEvents.Reopened reopened(String tn, String appeal, String outcome) {
        return new CaseEvents.Reopened(
                t(tn, "REOPEN", "IN_PROGRESS"),
                appeal,
                outcome,
                appeal.startsWith("SS-") ? "（2026）京01行初1号" : "某复决字〔2026〕1号",
                DAY,
                DAY,
                LocalDate.of(2027, 1, 10),
                null);
    }

    @Test
    void awaitingConfirmationTellsTheApplicantAndTheIntakeClerks() {
        String tn = TestEvents.newTrackingNumber("A");
        var a = Requests.withContact(
                        TestEvents.requestReceived(tn, "A", DAY),
                        tn.toLowerCase() + "@example.cn",
                        null,
                        "北京市东城区",
                        "u-" + tn)
                .applicant();
        publish(
                Events.REQUEST_AWAITING_CONFIRMATION,
                tn,
                new RequestAwaitingConfirmation(tn, "A", "A 人民政府办公室", "LETTER", DAY, DAY, a));
        assertThat(body(tn, "AWAITING_CONFIRMATION")).contains("第三十一条").contains("平常信函");
        Map<String, Object> staff = Notified.await(tn, "CONFIRMATION_WAITING", "PORTAL", "SENT");
        assertThat(staff.get("recipient_role")).isEqualTo("intake-clerk");
    }

    @Test
    void approachingGoesToTheAssignedOfficer() {
        String tn = assignedTo("officer-7");
        publish(
                Events.DEADLINE_APPROACHING,
                tn,
                new DeadlineEvents.Approaching(tn, "A", ClockKey.of(ClockKind.REPLY), LocalDate.of(2026, 12, 22), 3));
        Map<String, Object> row = Notified.await(tn, "DEADLINE_APPROACHING", "PORTAL", "SENT");
        assertThat(row.get("recipient_user")).isEqualTo("officer-7");
        assertThat((String) row.get("body")).contains("答复期限（条例第三十三条）").contains("剩余3个工作日");
    }

    @Test
    void breachGoesToTheOfficerAndTheHeadOfTheOgiOffice() {
        String tn = assignedTo("officer-8");
        publish(
                Events.DEADLINE_BREACHED,
                tn,
                new DeadlineEvents.Breached(tn, "A", ClockKey.of(ClockKind.REPLY), LocalDate.of(2026, 12, 22)));
        Notified.await(tn, "DEADLINE_BREACHED", "PORTAL", "SENT");
        Awaitility.await()
                .untilAsserted(() -> assertThat(Notified.rows(tn).stream()
                                .filter(r -> "DEADLINE_BREACHED".equals(r.get("kind")))
                                .map(r -> r.get("recipient_key")))
                        .containsExactlyInAnyOrder("user:officer-8", "role:ogi-office-head"));
    }

    @Test
    void staffNoticesAreAlsoMailedToTheOgiOfficeMailboxOfAnAgencyThatHasOne() {
        String tn = TestEvents.newTrackingNumber("M");
        publish(
                Events.DEADLINE_BREACHED,
                tn,
                new DeadlineEvents.Breached(tn, "M", ClockKey.of(ClockKind.REPLY), LocalDate.of(2026, 12, 22)));
        Map<String, Object> inbox = Notified.await(tn, "DEADLINE_BREACHED", "PORTAL", "SENT");
        assertThat(inbox.get("recipient_role")).isEqualTo(Roles.OGI_OFFICE_HEAD);
        Map<String, Object> mail = Notified.await(tn, "DEADLINE_BREACHED", "EMAIL", "SENT");
        assertThat(mail.get("recipient")).isEqualTo("ogi-office-m@example.cn");
        assertThat(List.of(mail.get("body"), inbox.get("body")))
                .allSatisfy(text -> assertThat(text).asString().contains("已于2026年12月22日届满而未办结"));
        Awaitility.await()
                .until(() -> MailAndSms.mailTo("ogi-office-m@example.cn").stream()
                        .anyMatch(m -> subject(m).equals(mail.get("subject"))));

        // Agency A has no mailbox configured: its staff are reached in the inbox only.
        String other = TestEvents.newTrackingNumber("A");
        publish(
                Events.DEADLINE_BREACHED,
                other,
                new DeadlineEvents.Breached(other, "A", ClockKey.of(ClockKind.REPLY), LocalDate.of(2026, 12, 22)));
        Notified.await(other, "DEADLINE_BREACHED", "PORTAL", "SENT");
        assertThat(Notified.rows(other)).extracting(r -> r.get("channel")).containsOnly("PORTAL");
    }

    private static String subject(jakarta.mail.internet.MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void appealAnswerDueGoesToLegalStaff() {
        String appeal = "FY-" + TestEvents.newTrackingNumber("A");
        publish(
                Events.DEADLINE_APPROACHING,
                appeal,
                new DeadlineEvents.Approaching(appeal, "A", ClockKey.of(ClockKind.APPEAL_ANSWER), DAY.plusDays(5), 2));
        Map<String, Object> row = Notified.await(appeal, "APPEAL_ANSWER_DUE", "PORTAL", "SENT");
        assertThat(row.get("recipient_role")).isEqualTo("legal-officer");
        assertThat((String) row.get("body")).contains("行政复议法》第四十八条");
    }

    @Test
    void aCaseWaitingInAQueueTooLongRemindsItsStaffOnce() throws Throwable {
        String tn = applicant();
        CaseTransitioned submitted = new CaseTransitioned(
                tn,
                "A",
                "SUBMIT_DRAFT",
                "DRAFTING",
                "SECRECY_REVIEW",
                DAY,
                OffsetDateTime.now(EventCodec.ZONE).minusDays(4),
                "officer",
                "case-officer");
        publish(Events.CASE_DRAFT_SUBMITTED, tn, new CaseEvents.Stepped(submitted, null));
        Awaitility.await().until(() -> "SECRECY_REVIEW".equals(contact(tn, "state")));

        // On a Vert.x context, as the scheduler runs it.
        VertxContextSupport.subscribeAndAwait(() -> queues.remind());
        VertxContextSupport.subscribeAndAwait(() -> queues.remind());
        Map<String, Object> row = Notified.await(tn, "QUEUE_WAITING", "PORTAL", "SENT");
        assertThat(row.get("recipient_role")).isEqualTo("secrecy-reviewer");
        assertThat((String) row.get("body")).contains("“保密审查”环节").contains("已超过4日");
        assertThat(Notified.rows(tn).stream().filter(r -> "QUEUE_WAITING".equals(r.get("kind"))))
                .hasSize(1);
    }

    /** Publishes one event of {@code type} keyed by {@code key}, as its producer would. */
    static <T> void publish(EventType<T> type, String key, T payload) {
        TestEvents.publish(TestEvents.event(type, key, payload));
    }

    /** case-service's reply event: the letter as sent, delivered as {@code deliveryMethod}. */
    static CaseEvents.Replied replied(String tn, String legalBasis, String deliveryMethod) {
        return RepliedBuilder.replied(t(tn, "REPLY", "REPLIED"), "DISCLOSED", DAY)
                .outcomeGroup("DISCLOSED")
                .legalBasis(legalBasis)
                .deliveryMethod(deliveryMethod)
                .applicantCategory("NATURAL_PERSON")
                .remediesTold(true)
                .replyTypeLabel("予以公开")
                .letter("政府信息公开申请答复书\n张三：\n经审查，您申请的信息予以公开。", "abc")
                .build();
    }

    /** A request (as {@link #applicant()}) assigned to {@code officer}, once that is known here. */
    private static String assignedTo(String officer) {
        String tn = applicant();
        publish(Events.CASE_ASSIGNED, tn, new CaseEvents.Assigned(t(tn, "ASSIGN", "IN_PROGRESS"), "办公室", officer));
        Awaitility.await().until(() -> officer.equals(contact(tn, "officer")));
        return tn;
    }

    /** A request whose applicant has an e-mail address and a portal account; waits until it is known here. */
    static String applicant() {
        String tn = TestEvents.newTrackingNumber("A");
        var received = TestEvents.requestReceived(tn, "A", DAY);
        publish(
                Events.REQUEST_RECEIVED,
                tn,
                Requests.withContact(received, tn.toLowerCase() + "@example.cn", "13800138000", "北京市东城区", "u-" + tn));
        Notified.await(tn, "ACKNOWLEDGEMENT", "EMAIL", null);
        return tn;
    }

    /** The e-mail's text, after checking the notice is also in the applicant's inbox, worded for it. */
    static String body(String tn, String kind) {
        Map<String, Object> mail = Notified.await(tn, kind, "EMAIL", null);
        Map<String, Object> inbox = Notified.await(tn, kind, "PORTAL", "SENT");
        assertThat(inbox.get("recipient_user")).isEqualTo("u-" + tn);
        assertThat((String) inbox.get("subject")).contains(tn);
        assertThat(inbox.get("body")).asString().isNotBlank().isNotEqualTo(mail.get("body"));
        return (String) mail.get("body");
    }

    static CaseTransitioned t(String tn, String action, String to) {
        return new CaseTransitioned(
                tn,
                "A",
                action,
                "IN_PROGRESS",
                to,
                DAY,
                OffsetDateTime.now(EventCodec.ZONE),
                "officer",
                "case-officer");
    }

    static DeadlineScheduled reply(String tn, int workingDays, LocalDate due) {
        return new DeadlineScheduled(tn, "A", ClockKey.of(ClockKind.REPLY), DAY, workingDays, due, false, "OGI_2019");
    }

    static Object contact(String tn, String column) {
        try (var c = org.ogi.testsupport.OgiInfrastructure.openDatabaseConnection();
                var s = c.prepareStatement("select " + column + " from case_contact where tracking_number = ?")) {
            s.setString(1, tn);
            try (var r = s.executeQuery()) {
                return r.next() ? r.getObject(1) : null;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
