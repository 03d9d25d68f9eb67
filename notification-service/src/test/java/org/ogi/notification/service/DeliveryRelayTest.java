package org.ogi.notification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.ogi.notification.testing.MailAndSms;
import org.ogi.notification.testing.Notified;
import org.ogi.testsupport.TestEvents;

/** The delivery queue's promises: at most one re-send after a crash, and one send with several relays. */
@QuarkusTest
class DeliveryRelayTest {

    @Inject
    DeliveryRelay relay;

    @Test
    void aCrashBetweenSentAndMarkedResendsThatOneMessageWithTheSameMessageId() throws Exception {
        String tn = TestEvents.newTrackingNumber("A");
        String email = "crash-" + tn.toLowerCase() + "@example.cn";
        // Due far in the future, so only this test's calls claim it.
        UUID id = queue(tn, email, OffsetDateTime.now().plusYears(1));

        assertThatThrownBy(() -> relay.workOn(id, () -> {
                    throw new IllegalStateException("crash after the SMTP relay accepted the message");
                }))
                .hasMessageContaining("crash");
        List<MimeMessage> first = Awaitility.await().until(() -> MailAndSms.mailTo(email), list -> list.size() == 1);
        // A row as written before notices kept their facts (V5) is sent with the text stored on it.
        assertThat(first.get(0).getSubject()).isEqualTo("受理告知（" + tn + "）");
        assertThat(Notified.rows(tn)).singleElement().satisfies(row -> {
            assertThat(row.get("status")).isEqualTo("PENDING");
            assertThat(row.get("attempts")).isEqualTo(0);
        });

        assertThat(relay.workOn(id, () -> {})).isTrue();
        assertThat(relay.workOn(id, () -> {})).isFalse();
        List<MimeMessage> both = MailAndSms.mailTo(email);
        assertThat(both).hasSize(2);
        String messageId = "<" + id + "@ogi.notification.local>";
        assertThat(first.get(0).getMessageID()).isEqualTo(messageId);
        assertThat(both.get(1).getMessageID()).isEqualTo(messageId);
        assertThat(Notified.rows(tn))
                .singleElement()
                .satisfies(row -> assertThat(row.get("status")).isEqualTo("SENT"));
    }

    @Test
    void relaysWorkingTheSameQueueSendEachMessageOnce() throws Exception {
        String tn = TestEvents.newTrackingNumber("A");
        String email = "twice-" + tn.toLowerCase() + "@example.cn";
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(queue(tn, email, OffsetDateTime.now().minusSeconds(1)));
        }
        // Two more relays beside the service's own, all claiming from the same table at once.
        ExecutorService relays = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                running.add(relays.submit(() -> {
                    while (Notified.rows(tn).stream().anyMatch(row -> "PENDING".equals(row.get("status")))) {
                        relay.workOne();
                    }
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            relays.shutdownNow();
        }
        Awaitility.await()
                .during(Duration.ofMillis(500))
                .until(() -> MailAndSms.mailTo(email).size() == 20);
        List<String> sent = new ArrayList<>();
        for (MimeMessage message : MailAndSms.mailTo(email)) {
            sent.add(message.getMessageID());
        }
        assertThat(sent)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(ids.stream()
                        .map(id -> "<" + id + "@ogi.notification.local>")
                        .toList());
    }

    @Test
    void theServicesOwnWorkersSendWhatIsQueuedEachOnce() throws Exception {
        String tn = TestEvents.newTrackingNumber("A");
        String email = "workers-" + tn.toLowerCase() + "@example.cn";
        List<String> expected = new ArrayList<>();
        // Committed one by one: each insert wakes a worker (migration V4's NOTIFY), nobody calls the relay here.
        for (int i = 0; i < 12; i++) {
            UUID id = queue(tn, email, OffsetDateTime.now().minusSeconds(1));
            expected.add("<" + id + "@ogi.notification.local>");
        }

        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> Notified.rows(tn).stream().allMatch(row -> "SENT".equals(row.get("status"))));
        Awaitility.await()
                .during(Duration.ofMillis(500))
                .until(() -> MailAndSms.mailTo(email).size() == expected.size());
        List<String> sent = new ArrayList<>();
        for (MimeMessage message : MailAndSms.mailTo(email)) {
            sent.add(message.getMessageID());
        }
        assertThat(sent).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    }

    private static UUID queue(String tn, String email, OffsetDateTime due) {
        UUID id = UUID.randomUUID();
        Notified.execute(
                "insert into notification (id, event_id, tracking_number, agency, kind, audience, channel, "
                        + "recipient_key, recipient, subject, body, status, message_id, attempts, next_attempt_at, "
                        + "created_at) values (?, ?, ?, 'A', 'ACCEPTED', 'APPLICANT', 'EMAIL', 'user:x', ?, ?, "
                        + "'张三：\n已受理。', 'PENDING', ?, 0, ?, now())",
                id,
                "test:" + id,
                tn,
                email,
                "受理告知（" + tn + "）",
                "<" + id + "@ogi.notification.local>",
                due);
        return id;
    }
}
