package org.ogi.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogi.stack.OgiService;
import org.openqa.selenium.By;

/** Legal staff in a real browser: a reply is delivered, and the legal officer records the reconsideration filed. */
@ExtendWith(EndToEndStack.class)
class WebAppealsIT {

    private static final Duration PROPAGATION = Duration.ofSeconds(60);

    private final TokenClient tokens = TokenClient.ofStack();

    @Test
    void aLegalOfficerRecordsAReconsiderationAgainstADeliveredReply() {
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String tn = InformationRequests.register(tokens.accessTokenOf("clerk"))
                .jsonPath()
                .getString("trackingNumber");
        StaffSteps staff = new StaffSteps();
        staff.replied(tn, """
                {"replyType": "WITHHELD_STATE_SECRET", "reasons": "经定密属于国家秘密",
                 "reconsiderationBody": "北京市东城区人民政府"}""");
        staff.delivered(tn, """
                {"method": "POST", "deliveredOn": "%s", "proof": "EMS 1234567890123"}""".formatted(today));
        await("appeals-service knows the delivered reply")
                .atMost(PROPAGATION)
                .untilAsserted(() -> assertThat(Services.as(tokens.accessTokenOf("legal"), OgiService.APPEALS)
                                .when()
                                .get("/api/cases/{tn}/appeals", tn)
                                .then()
                                .extract()
                                .jsonPath()
                                .getString("deliveredOn"))
                        .isEqualTo(today));

        try (Browser legal = Browser.desktop()) {
            try {
                legal.signIn("/staff", "legal");
                assertThat(legal.title()).contains("复议与诉讼");
                legal.choose("kind", "RECONSIDERATION")
                        .field("trackingNumbers", tn)
                        .field("appellant", "张三")
                        .field("forum", "北京市东城区人民政府")
                        .field("forumFileNumber", "东政复字〔2026〕8号")
                        .field("filedOn", today)
                        .field("copyReceivedOn", today)
                        .submit(By.id("file"));

                String number = legal.text(By.id("appeal-number"));
                assertThat(number).startsWith("A-AP-");
                assertThat(legal.text(By.id("appeal-status"))).isEqualTo("已立案");
                assertThat(legal.pageSource()).contains(tn, "北京市东城区人民政府");
                legal.open("/staff/appeals");
                assertThat(legal.text(By.id("appeals"))).contains(number, "行政复议");
            } finally {
                legal.screenshot("console-appeal-filed");
            }
        }
    }
}
