package org.ogi.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ogi.notification.domain.Notice;
import org.ogi.notification.domain.NotificationChannel;
import org.ogi.notification.domain.NotificationKind;
import org.ogi.notification.domain.SampleNotices;

/** Every kind has a template on each channel it goes on, worded with its facts and citing its articles. */
@QuarkusTest
class NoticeTemplatesTest {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    /** A long agency name: the text messages must stay within two segments with it. */
    private static final String AGENCY = "某某市某某区人民政府办公室";

    /** The articles each kind cites, on every channel (the SMS in its brief form: 条例第…条, 行政复议法第…条). */
    private static final Map<NotificationKind, List<String>> CITED = new EnumMap<>(Map.ofEntries(
            Map.entry(NotificationKind.ACKNOWLEDGEMENT, List.of("第三十三条")),
            Map.entry(NotificationKind.AWAITING_CONFIRMATION, List.of("第三十一条")),
            Map.entry(NotificationKind.ACCEPTED, List.of("第三十三条")),
            Map.entry(NotificationKind.CORRECTION_NOTICE, List.of("第三十条")),
            Map.entry(NotificationKind.CONSULTATION_STARTED, List.of("第三十三条")),
            Map.entry(NotificationKind.EXTENSION, List.of("第三十三条第二款")),
            Map.entry(NotificationKind.FEE_NOTICE, List.of("第四十二条")),
            Map.entry(NotificationKind.REPLY, List.of("行政复议法", "第二十条", "行政诉讼法", "第四十六条")),
            Map.entry(NotificationKind.ABANDONED, List.of("第三十条")),
            Map.entry(NotificationKind.APPEAL_MILESTONE, List.of("行政复议法", "第四十八条")),
            Map.entry(NotificationKind.REOPENED, List.of("行政复议法", "第六十四条第一款")),
            Map.entry(NotificationKind.DEADLINE_APPROACHING, List.of("第三十三条")),
            Map.entry(NotificationKind.DEADLINE_BREACHED, List.of("第三十三条")),
            Map.entry(NotificationKind.APPEAL_ANSWER_DUE, List.of("行政复议法》第四十八条", "行政诉讼法》第六十七条")),
            Map.entry(NotificationKind.CONFIRMATION_WAITING, List.of("第三十一条")),
            // Work reminders of the office's own: no article applies.
            Map.entry(NotificationKind.QUEUE_WAITING, List.<String>of()),
            Map.entry(NotificationKind.DELIVERY_FAILED, List.<String>of())));

    /** Facts that steer the wording rather than appear in it, or stand in for another (a date or a count). */
    private static final Set<String> NOT_WORDED = Set.of(
            "milestone", "perRequest", "incomplete", "fee", "replyAgain", "citationShort", "replyAgainWorkingDays");

    @Inject
    NoticeTexts texts;

    @Test
    void everyKindIsWordedOnEveryChannelItGoesOnWithItsFactsAndCitations() {
        for (NotificationKind kind : NotificationKind.values()) {
            Notice notice = SampleNotices.of(kind, "A");
            boolean applicant = kind.audience() == NotificationKind.Audience.APPLICANT;
            for (NotificationChannel channel : NotificationChannel.values()) {
                if (!NoticeTexts.has(kind, channel)) {
                    assertThat(applicant).as(kind + " goes on every channel").isFalse();
                    continue;
                }
                NoticeTexts.Rendered text = texts.render(notice, channel, applicant ? "张三" : null, AGENCY);
                String what = kind + " on " + channel;
                assertThat(text.subject()).as(what + ": subject").isNotBlank();
                assertThat(text.text()).as(what + ": text").isNotBlank();
                assertThat(text.html())
                        .as(what + ": HTML only for e-mail")
                        .matches(html -> (html != null) == (channel == NotificationChannel.EMAIL));
                String all = text.subject() + "\n" + text.text();
                assertThat(all).as(what + ": tracking number").contains(notice.trackingNumber());
                CITED.get(kind)
                        .forEach(article -> assertThat(all).as(what + ": cites").contains(article));
                if (channel == NotificationChannel.SMS) {
                    assertThat(text.text().codePointCount(0, text.text().length()))
                            .as(what + ": two segments")
                            .isLessThanOrEqualTo(134);
                    assertThat(text.text()).as(what + ": points to the portal").contains("http://localhost:8080");
                    continue;
                }
                notice.facts().forEach((key, value) -> {
                    if (!NOT_WORDED.contains(key) && value != null) {
                        assertThat(all).as(what + ": fact " + key).contains(worded(value));
                    }
                });
            }
        }
    }

    @Test
    void eachChannelHasItsOwnWording() {
        Notice notice = SampleNotices.of(NotificationKind.REPLY, "A");
        NoticeTexts.Rendered email = texts.render(notice, NotificationChannel.EMAIL, "张三", AGENCY);
        NoticeTexts.Rendered letter = texts.render(notice, NotificationChannel.POST, "张三", AGENCY);
        NoticeTexts.Rendered inbox = texts.render(notice, NotificationChannel.PORTAL, "张三", AGENCY);
        // Each says how it is served: e-mail on sending, post on signing for.
        assertThat(email.text()).contains("发送之日为送达之日").contains("见附件");
        assertThat(letter.text()).contains("签收之日为送达之日").doesNotContain("附件");
        assertThat(email.html()).contains("<p>").contains("发送之日为送达之日");
        assertThat(List.of(email.text(), letter.text(), inbox.text())).doesNotHaveDuplicates();
    }

    private static String worded(Object value) {
        if (value instanceof LocalDate date) {
            return CHINESE_DATE.format(date);
        }
        if (value instanceof List<?> items) {
            return String.valueOf(items.get(0));
        }
        return String.valueOf(value);
    }
}
