package org.ogi.notification.service;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ogi.notification.config.NotificationConfig;
import org.ogi.notification.domain.Notice;
import org.ogi.notification.domain.NotificationChannel;
import org.ogi.notification.domain.NotificationKind;
import org.ogi.notification.persistence.NotificationEntity;

/**
 * Words a notice for one channel with its Qute template, one per kind and channel: {@code email/KIND.txt} (first
 * line the subject; the HTML part is {@code email.html} around the same text), {@code sms/KIND.txt} (one or two
 * segments, pointing to the portal), {@code letter/KIND.txt} (the posted letter and the PDF an e-mail attaches) and
 * {@code inbox/KIND.txt} (the portal inbox). Staff notices go to the inbox and the office mailbox only.
 */
@ApplicationScoped
public class NoticeTexts {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    /** A notice worded for one channel: for SMS {@code text} is the message; {@code html} only for e-mail. */
    public record Rendered(String subject, String text, String html) {}

    /** A kind asked for on a channel it never goes on (a staff notice by SMS or post). */
    public static final class NoTemplate extends IllegalArgumentException {
        NoTemplate(NotificationKind kind, NotificationChannel channel) {
            super("no " + channel + " template for " + kind);
        }
    }

    private final Engine engine;
    private final NotificationConfig config;
    private final Clock clock;

    NoticeTexts(Engine engine, NotificationConfig config, Clock clock) {
        this.engine = engine;
        this.config = config;
        this.clock = clock;
    }

    /** Whether {@code kind} goes on {@code channel}: applicants' notices on all, staff's by e-mail and inbox. */
    public static boolean has(NotificationKind kind, NotificationChannel channel) {
        return kind.audience() == NotificationKind.Audience.APPLICANT
                || channel == NotificationChannel.EMAIL
                || channel == NotificationChannel.PORTAL;
    }

    /** {@code notice} to {@code name} from {@code agencyName}, worded for {@code channel}. */
    public Rendered render(Notice notice, NotificationChannel channel, String name, String agencyName) {
        if (!has(notice.kind(), channel)) {
            throw new NoTemplate(notice.kind(), channel);
        }
        Map<String, Object> data = data(notice, name, agencyName);
        return switch (channel) {
            case SMS ->
                new Rendered(
                        notice.kind().title() + "（" + notice.trackingNumber() + "）",
                        template("sms/" + notice.kind().name())
                                .data(data)
                                .render()
                                .strip(),
                        null);
            case EMAIL -> {
                Rendered text = titled("email/", notice, data);
                yield new Rendered(
                        text.subject(), text.text(), html(text.subject(), text.text(), notice.trackingNumber()));
            }
            case POST -> titled("letter/", notice, data);
            case PORTAL -> titled("inbox/", notice, data);
        };
    }

    /** The row's notice worded for its own channel. */
    public Rendered render(NotificationEntity n) {
        return render(n, n.channel);
    }

    /**
     * The row's notice worded for {@code channel}, from the facts the row keeps; a row written before facts were
     * kept (V5) has only the text made when it was recorded, which it is sent with.
     */
    public Rendered render(NotificationEntity n, NotificationChannel channel) {
        if (n.facts != null) {
            Notice notice = new Notice(n.kind, n.trackingNumber, n.agency, n.facts(), n.letterText);
            return render(notice, channel, n.addressee, n.agencyName);
        }
        return switch (channel) {
            case SMS -> new Rendered(n.subject, n.smsText, null);
            case EMAIL -> new Rendered(n.subject, n.body, html(n.subject, n.body, n.trackingNumber));
            case POST, PORTAL -> new Rendered(n.subject, n.body, null);
        };
    }

    private Rendered titled(String folder, Notice notice, Map<String, Object> data) {
        String text =
                template(folder + notice.kind().name()).data(data).render().strip();
        int firstBreak = text.indexOf('\n');
        return firstBreak < 0
                ? new Rendered(text, "", null)
                : new Rendered(
                        text.substring(0, firstBreak).strip(),
                        text.substring(firstBreak + 1).strip(),
                        null);
    }

    private String html(String subject, String text, String trackingNumber) {
        return template("email")
                .data("subject", subject)
                .data("lines", List.of(text.split("\n")))
                .data("trackingNumber", trackingNumber)
                .render();
    }

    private Template template(String id) {
        Template template = engine.getTemplate(id);
        if (template == null) {
            throw new IllegalStateException("no template " + id);
        }
        return template;
    }

    private Map<String, Object> data(Notice notice, String name, String agencyName) {
        Map<String, Object> data = new HashMap<>();
        notice.facts()
                .forEach((key, value) -> data.put(key, value instanceof LocalDate d ? CHINESE_DATE.format(d) : value));
        data.put("trackingNumber", notice.trackingNumber());
        data.put("name", name == null || name.isBlank() ? "申请人" : name);
        data.put("agencyName", agencyName == null ? "本机关" : agencyName);
        data.put("agencyShort", agencyName == null ? "政府信息公开" : agencyName);
        data.put("portalUrl", config.portalUrl());
        // A letter is dated the day it is worded, which is the day it is sent.
        data.put("today", CHINESE_DATE.format(LocalDate.now(clock)));
        return data;
    }
}
