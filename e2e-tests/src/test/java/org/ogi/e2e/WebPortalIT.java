package org.ogi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The applicant portal on a phone's screen: registering an account in the realm, submitting, following, the inbox. */
@ExtendWith(EndToEndStack.class)
class WebPortalIT {

    @Test
    void aNewApplicantRegistersSubmitsARequestAndSeesItsStatus() {
        String user = "web-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser applicant = Browser.phone()) {
            try {
                applicant.open("/portal");
                // The realm's sign-in page offers registration (registrationAllowed).
                applicant.click(By.cssSelector("#kc-registration a, a[href*='registrations']"));
                applicant
                        .field("username", user)
                        .field("email", user + "@example.cn")
                        .field("firstName", "五")
                        .field("lastName", "王")
                        .field("password", "Secret-" + user)
                        .field("password-confirm", "Secret-" + user)
                        .submit(By.cssSelector("[type=submit]"));
                applicant.find(By.id("new-request"));
                assertThat(applicant.text(By.id("who"))).contains(user);

                applicant.click(By.id("new-request"));
                applicant
                        .choose("agency", "A")
                        .field("applicant.name", "王五")
                        .field("applicant.idNumber", "11010519491231002X")
                        .field("applicant.phone", "13900139000")
                        .field("applicant.email", user + "@example.cn")
                        .field("information.title", "2025年区教育经费使用情况")
                        .field("information.description", "请提供2025年区教育经费使用情况的统计表")
                        .submit(By.id("submit"));

                applicant.find(By.id("submitted"));
                String trackingNumber = applicant.text(By.id("tracking-number"));
                assertThat(applicant.text(By.id("request-status"))).isIn("已收到", "待确认收到日期");
                // Only staff with the right role see the whole identity number.
                assertThat(applicant.pageSource()).doesNotContain("11010519491231002X");
                applicant.assertPdf(By.id("receipt"));

                applicant.open("/portal");
                assertThat(applicant.text(By.id("my-requests"))).contains(trackingNumber, "2025年区教育经费使用情况");

                // The acknowledgement reaches notification-service's inbox through Kafka: the page is reloaded until
                // it lists it, then the request's history shows it too.
                applicant.await().until(driver -> {
                    applicant.open("/portal/inbox");
                    return applicant.has(By.id("inbox"))
                            && applicant.text(By.id("inbox")).contains(trackingNumber);
                });
                assertThat(applicant.text(By.id("inbox"))).contains("政府信息公开申请收到告知", trackingNumber);
                applicant.open("/portal/requests/" + trackingNumber);
                assertThat(applicant.text(By.id("history"))).contains("政府信息公开申请收到告知");
            } finally {
                applicant.screenshot("portal-my-requests");
            }
        }
    }
}
