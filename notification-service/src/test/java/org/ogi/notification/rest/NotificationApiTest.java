package org.ogi.notification.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ogi.contracts.v1.Events;
import org.ogi.notification.domain.NotificationKind;
import org.ogi.notification.testing.MailAndSms;
import org.ogi.notification.testing.Notified;
import org.ogi.notification.testing.Requests;
import org.ogi.testsupport.TestEvents;

/** The inbox, the applicant's channel choice, and staff's list (masked), resend and problems. */
@QuarkusTest
class NotificationApiTest {

    private static final String APPLICANT = "applicant-api-1";

    @Test
    @TestSecurity(user = APPLICANT, roles = "applicant")
    @OidcSecurity(claims = @Claim(key = "sub", value = APPLICANT))
    void theApplicantReadsTheirInboxMarksANoticeReadAndChoosesAChannel() {
        String tn = request(APPLICANT, "inbox@example.cn", "13600000001");
        Map<String, Object> inbox = Notified.await(tn, "ACKNOWLEDGEMENT", "PORTAL", "SENT");

        List<Map<String, Object>> mine = given().get("/api/me/notifications")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("findAll { it.trackingNumber == '" + tn + "' }");
        assertThat(mine).singleElement().satisfies(n -> {
            assertThat(n.get("read")).isEqualTo(false);
            assertThat(n.get("title")).isEqualTo("政府信息公开申请收到告知");
        });
        given().put("/api/me/notifications/{id}/read", inbox.get("id").toString())
                .then()
                .statusCode(200)
                .body("read", equalTo(true));

        given().contentType(ContentType.JSON)
                .body(Map.of("channel", "SMS"))
                .put("/api/me/requests/{tn}/notification-channel", tn)
                .then()
                .statusCode(200)
                .body("channel", equalTo("SMS"));
        given().contentType(ContentType.JSON)
                .body(Map.of("channel", "POST"))
                .put("/api/me/requests/{tn}/notification-channel", tn)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("channel"));
        given().contentType(ContentType.JSON)
                .body(Map.of("channel", "PIGEON"))
                .put("/api/me/requests/{tn}/notification-channel", tn)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        String other = request("someone-else", "other@example.cn", null);
        given().contentType(ContentType.JSON)
                .body(Map.of("channel", "EMAIL"))
                .put("/api/me/requests/{tn}/notification-channel", other)
                .then()
                .statusCode(404);
        // Another applicant's request is a 404 whatever the body says, before the body is read.
        given().contentType(ContentType.JSON)
                .body(Map.of("channel", "IN_PERSON"))
                .put("/api/me/requests/{tn}/notification-channel", other)
                .then()
                .statusCode(404);
        Map<String, Object> othersInbox = Notified.await(other, "ACKNOWLEDGEMENT", "PORTAL", "SENT");
        given().put("/api/me/notifications/{id}/read", othersInbox.get("id").toString())
                .then()
                .statusCode(404);
        given().put("/api/me/notifications/not-a-uuid/read").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "officer", roles = "case-officer")
    @OidcSecurity(claims = @Claim(key = "agency", value = "A"))
    void aCaseOfficerSeesAddressesMaskedAndCanResendOnAnotherChannel() {
        String tn = request("applicant-api-2", "resend@example.cn", "13600000002");
        Map<String, Object> email = Notified.await(tn, "ACKNOWLEDGEMENT", "EMAIL", "SENT");

        given().queryParam("trackingNumber", tn)
                .get("/api/notifications")
                .then()
                .statusCode(200)
                .body("channel", hasItem("EMAIL"))
                .body("find { it.channel == 'EMAIL' }.recipient", equalTo("r*****@example.cn"))
                .body("find { it.channel == 'EMAIL' }.status", equalTo("SENT"));

        given().contentType(ContentType.JSON)
                .body(Map.of("channel", "SMS"))
                .post("/api/notifications/{id}/resend", email.get("id").toString())
                .then()
                .statusCode(202)
                .body("channel", equalTo("SMS"))
                .body("recipient", equalTo("136****0002"));
        Notified.await(tn, "ACKNOWLEDGEMENT", "SMS", "SENT");
        assertThat(MailAndSms.sms().to("13600000002")).hasSize(1);

        given().contentType(ContentType.JSON)
                .body(Map.of("channel", "POST"))
                .post("/api/notifications/{id}/resend", email.get("id").toString())
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("channel"));
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/notifications/{id}/resend", "00000000-0000-0000-0000-000000000000")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(Map.of("postalTrackingNumber", "XA1", "signedForOn", "2026-01-01"))
                .put("/api/notifications/{id}/postal-receipt", email.get("id").toString())
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(Map.of("postalTrackingNumber", "bad number!", "signedForOn", "2026-01-01"))
                .put("/api/notifications/{id}/postal-receipt", email.get("id").toString())
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("postalTrackingNumber"));
        given().get("/api/notifications/{id}/preview", email.get("id").toString())
                .then()
                .statusCode(200)
                .body("html", org.hamcrest.Matchers.containsString("<p>"))
                .body("text", org.hamcrest.Matchers.containsString("您好！"));
        // What a resend by SMS would send: the text message, worded for it.
        given().queryParam("channel", "SMS")
                .get("/api/notifications/{id}/preview", email.get("id").toString())
                .then()
                .statusCode(200)
                .body("html", org.hamcrest.Matchers.nullValue())
                .body("text", org.hamcrest.Matchers.startsWith("【"))
                .body("text", org.hamcrest.Matchers.containsString(tn));
    }

    @Test
    @TestSecurity(user = "clerk", roles = "intake-clerk")
    @OidcSecurity(claims = @Claim(key = "agency", value = "A"))
    void staffPreviewATemplateWithSampleFactsOnEachChannel() {
        given().queryParam("channel", "EMAIL")
                .get("/api/notifications/templates/EXTENSION/preview")
                .then()
                .statusCode(200)
                .body("subject", org.hamcrest.Matchers.containsString("延期答复告知书"))
                .body("text", org.hamcrest.Matchers.containsString("第三十三条第二款"))
                .body("text", org.hamcrest.Matchers.containsString("2026年4月28日"))
                .body("html", org.hamcrest.Matchers.containsString("<p>"));
        given().queryParam("channel", "SMS")
                .get("/api/notifications/templates/CORRECTION_NOTICE/preview")
                .then()
                .statusCode(200)
                .body("text", org.hamcrest.Matchers.containsString("A-2026-000001"));
        given().queryParam("channel", "POST")
                .get("/api/notifications/templates/REOPENED/preview")
                .then()
                .statusCode(200)
                .body("text", org.hamcrest.Matchers.containsString("《中华人民共和国行政复议法》第六十四条第一款"))
                .body("text", org.hamcrest.Matchers.containsString("特此告知。"));
        given().queryParam("channel", "PORTAL")
                .get("/api/notifications/templates/DEADLINE_BREACHED/preview")
                .then()
                .statusCode(200)
                .body("text", org.hamcrest.Matchers.containsString("第三十三条"));
        // Staff notices are not texted, and an unknown kind has no template.
        given().queryParam("channel", "SMS")
                .get("/api/notifications/templates/DEADLINE_BREACHED/preview")
                .then()
                .statusCode(404);
        given().queryParam("channel", "EMAIL")
                .get("/api/notifications/templates/NO_SUCH_KIND/preview")
                .then()
                .statusCode(404);
    }

    /** Every kind renders on every channel it can go on, and the notices that apply an article cite it. */
    @Test
    @TestSecurity(user = "head", roles = "ogi-office-head")
    @OidcSecurity(claims = @Claim(key = "agency", value = "A"))
    void everyKindHasATemplateForEachOfItsChannels() {
        // Work reminders of the office's own: no article applies.
        java.util.Set<NotificationKind> uncited =
                java.util.EnumSet.of(NotificationKind.QUEUE_WAITING, NotificationKind.DELIVERY_FAILED);
        for (NotificationKind kind : NotificationKind.values()) {
            boolean applicant = kind.audience() == NotificationKind.Audience.APPLICANT;
            List<String> channels = applicant ? List.of("EMAIL", "SMS", "POST", "PORTAL") : List.of("EMAIL", "PORTAL");
            for (String channel : channels) {
                Map<String, Object> preview = given().queryParam("channel", channel)
                        .get("/api/notifications/templates/{kind}/preview", kind.name())
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getMap("");
                String text = preview.get("subject") + "\n" + preview.get("text");
                assertThat(text).as(kind + " on " + channel).contains("A-2026-000001");
                if (!uncited.contains(kind)) {
                    assertThat(text).as(kind + " cites its article").containsPattern("第[一二三四五六七八九十]+条");
                }
            }
        }
    }

    @Test
    @TestSecurity(user = "someone", roles = "applicant")
    void applicantsCannotPreviewTemplates() {
        given().queryParam("channel", "EMAIL")
                .get("/api/notifications/templates/REPLY/preview")
                .then()
                .statusCode(403);
    }

    @Test
    @TestSecurity(user = "head", roles = "ogi-office-head")
    @OidcSecurity(claims = @Claim(key = "agency", value = "B"))
    void staffOfAnotherAgencyFindNothing() {
        String tn = request("applicant-api-3", "hidden@example.cn", null);
        Map<String, Object> email = Notified.await(tn, "ACKNOWLEDGEMENT", "EMAIL", null);
        given().queryParam("trackingNumber", tn)
                .get("/api/notifications")
                .then()
                .body("", hasSize(0));
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/notifications/{id}/resend", email.get("id").toString())
                .then()
                .statusCode(404);
    }

    private static String request(String userId, String email, String phone) {
        String tn = TestEvents.newTrackingNumber("A");
        TestEvents.publish(TestEvents.event(
                Events.REQUEST_RECEIVED,
                tn,
                Requests.withContact(
                        TestEvents.requestReceived(tn, "A", LocalDate.of(2026, 11, 24)), email, phone, null, userId)));
        return tn;
    }
}
