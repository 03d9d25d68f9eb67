package org.ogi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * The applicant portal on a phone's screen: registering an account in the realm, submitting, following (status and
 * reply date), the inbox and marking a notification read, and the reply letter once sent.
 */
@ExtendWith(EndToEndStack.class)
class WebPortalIT {

    private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

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

                String trackingNumber = submit(applicant, user, "2025年区教育经费使用情况");
                assertThat(applicant.text(By.id("request-status"))).isIn("已收到", "待确认收到日期");
                // Only staff with the right role see the whole identity number.
                assertThat(applicant.pageSource()).doesNotContain("11010519491231002X");
                applicant.assertPdf(By.id("receipt"));

                applicant.open("/portal");
                assertThat(applicant.text(By.id("my-requests"))).contains(trackingNumber, "2025年区教育经费使用情况");

                // The acknowledgement reaches notification-service's inbox through Kafka: the page is reloaded until
                // it lists it, then the request's history shows it too.
                awaitInInbox(applicant, trackingNumber);
                assertThat(applicant.text(By.id("inbox"))).contains("政府信息公开申请收到告知", trackingNumber);
                applicant.open("/portal/requests/" + trackingNumber);
                assertThat(applicant.text(By.id("history"))).contains("政府信息公开申请收到告知");
            } finally {
                applicant.screenshot("portal-my-requests");
            }
        }
    }

    /**
     * Issue 16: the reply date with its explanation on the request and in the list; a notification marked read in
     * place (htmx) and still read after a reload; no letter while the reply is only approved, the letter as sent
     * once the officer replied.
     */
    @Test
    void theApplicantSeesTheReplyDateMarksANoticeReadAndDownloadsTheReplyLetter() {
        StaffSteps staff = new StaffSteps();
        try (Browser applicant = Browser.phone()) {
            try {
                applicant.signIn("/portal", "applicant");
                String trackingNumber = submit(applicant, "applicant", "2025年区道路养护经费");

                // deadline-service schedules the reply clock; case-service records it for the applicant's view.
                applicant.await().until(driver -> {
                    applicant.open("/portal/requests/" + trackingNumber);
                    return applicant.has(By.id("reply-due"))
                            && applicant.text(By.id("reply-due")).matches(DATE);
                });
                assertThat(applicant.text(By.id("progress-status"))).isEqualTo("已收到");
                assertThat(applicant.text(By.id("reply-due-explanation")))
                        .contains("本机关应于" + applicant.text(By.id("reply-due")), "第三十三条第二款");
                assertThat(applicant.has(By.id("no-letter"))).isTrue();
                applicant.open("/portal");
                assertThat(applicant.text(By.id("request-" + trackingNumber))).containsPattern("答复期限 " + DATE);

                // The acknowledgement arrives unread; marking it read swaps the item in place and sticks.
                awaitInInbox(applicant, trackingNumber);
                WebElement unread = applicant.find(
                        By.xpath("//li[contains(@class,'unread')][.//a[text()='" + trackingNumber + "']]"));
                String item = unread.getAttribute("id");
                assertThat(applicant.text(By.id(item))).contains("未读");
                applicant.click(By.cssSelector("#" + item + " button"));
                applicant
                        .await()
                        .ignoring(StaleElementReferenceException.class)
                        .until(driver -> driver.findElement(By.id(item))
                                .getAttribute("class")
                                .equals("read"));
                assertThat(applicant.text(By.id(item))).contains("已读").doesNotContain("未读");
                applicant.open("/portal/inbox");
                assertThat(applicant.find(By.id(item)).getAttribute("class")).isEqualTo("read");
                assertThat(applicant.has(By.cssSelector("#" + item + " button")))
                        .isFalse();

                // Approved is not sent: the letter stays the agency's until the reply.
                staff.approved(trackingNumber);
                applicant.open("/portal/requests/" + trackingNumber);
                assertThat(applicant.text(By.id("progress-status"))).isEqualTo("办理中");
                assertThat(applicant.has(By.id("reply-letter"))).isFalse();
                assertThat(applicant
                                .download(Browser.web() + "/portal/requests/" + trackingNumber + "/reply-letter.pdf")
                                .statusCode())
                        .isEqualTo(404);

                staff.step("officer", trackingNumber, "replies", "{\"deliveryMethod\": \"ONLINE\"}", "REPLIED");
                applicant.open("/portal/requests/" + trackingNumber);
                // notification-service's proof of service may already have recorded the delivery.
                assertThat(applicant.text(By.id("progress-status"))).isIn("已答复", "已送达");
                assertThat(applicant.text(By.id("replied-on")))
                        .containsPattern(DATE)
                        .contains("予以公开");
                applicant.assertPdf(By.id("reply-letter"));
                applicant.open("/portal");
                assertThat(applicant.text(By.id("request-" + trackingNumber))).contains("下载答复书");
                applicant.open("/portal/requests/" + trackingNumber);
            } finally {
                applicant.screenshot("portal-reply-letter");
            }
        }
    }

    /** Submits a request to agency A on the portal's form; answers its tracking number. */
    private static String submit(Browser applicant, String user, String title) {
        applicant.click(By.id("new-request"));
        applicant
                .choose("agency", "A")
                .field("applicant.name", "王五")
                .field("applicant.idNumber", "11010519491231002X")
                .field("applicant.phone", "13900139000")
                .field("applicant.email", user + "@example.cn")
                .field("information.title", title)
                .field("information.description", "请提供" + title + "的统计表")
                .submit(By.id("submit"));
        applicant.find(By.id("submitted"));
        return applicant.text(By.id("tracking-number"));
    }

    private static void awaitInInbox(Browser applicant, String trackingNumber) {
        applicant.await().until(driver -> {
            applicant.open("/portal/inbox");
            return applicant.has(By.id("inbox"))
                    && applicant.text(By.id("inbox")).contains(trackingNumber);
        });
    }
}
