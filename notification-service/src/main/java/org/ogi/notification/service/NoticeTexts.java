package org.ogi.notification.service;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ogi.notification.config.NotificationConfig;
import org.ogi.notification.domain.Notice;

/**
 * Words a notice with its Qute templates (templates/notices/KIND.txt: first line the subject, the rest the text
 * of the e-mail, the letter and the inbox; templates/sms/KIND.txt: the text message; templates/email.html).
 */
@ApplicationScoped
public class NoticeTexts {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    /** The subject and full text of a notice, and its text message (null for staff). */
    public record Text(String subject, String body, String sms) {

        Text withSms(String text) {
            return new Text(subject, body, text);
        }
    }

    private final Engine engine;
    private final NotificationConfig config;

    NoticeTexts(Engine engine, NotificationConfig config) {
        this.engine = engine;
        this.config = config;
    }

    public Text render(Notice notice, String name, String agencyName) {
        String text = template("notices/" + notice.kind().name())
                .data(data(notice, name, agencyName))
                .render()
                .strip();
        int firstBreak = text.indexOf('\n');
        return firstBreak < 0
                ? new Text(text, "", null)
                : new Text(
                        text.substring(0, firstBreak).strip(),
                        text.substring(firstBreak + 1).strip(),
                        null);
    }

    /** The text message: short, pointing to the portal (one or two segments, 70 characters each). */
    public String sms(Notice notice, String name, String agencyName) {
        Map<String, Object> data = data(notice, name, agencyName);
        data.put("agencyShort", agencyName == null ? "政府信息公开" : agencyName);
        return template("sms/" + notice.kind().name()).data(data).render().strip();
    }

    public String html(String subject, String body, String trackingNumber) {
        return template("email")
                .data("subject", subject)
                .data("lines", List.of(body.split("\n")))
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
        data.put("portalUrl", config.portalUrl());
        return data;
    }
}
