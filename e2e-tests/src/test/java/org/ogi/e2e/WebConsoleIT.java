package org.ogi.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogi.stack.OgiService;
import org.openqa.selenium.By;

/**
 * The staff console in a real browser: a clerk registers a walk-in request and prints its receipt; an officer, a
 * secrecy reviewer and a reviewer take a case to its reply, with four eyes keeping the drafter from approving; a
 * user of agency B cannot open agency A's case by its address.
 */
@ExtendWith(EndToEndStack.class)
class WebConsoleIT {

    private static final Duration PROPAGATION = Duration.ofSeconds(60);

    private final TokenClient tokens = TokenClient.ofStack();

    @Test
    void aClerkRegistersAWalkInRequestSeesTheRefusedFieldMarkedAttachesAScanAndPrintsTheReceipt() throws IOException {
        try (Browser clerk = Browser.desktop()) {
            try {
                clerk.signIn("/staff", "clerk");
                assertThat(clerk.title()).contains("登记申请");
                clerk.choose("channel", "IN_PERSON")
                        .field("applicant.name", "李四")
                        .field("applicant.idNumber", "11010519491231002X")
                        .field("applicant.phone", "13800138000")
                        .field("applicant.email", "不是邮箱")
                        .field("information.title", "2025年区财政预算执行情况")
                        .field("information.description", "请提供2025年区财政预算执行情况报告全文")
                        .choose("delivery.form", "ELECTRONIC")
                        .choose("delivery.method", "EMAIL")
                        .submit(By.id("register"));

                // intake refuses the address: the error stands next to its field, everything typed is kept.
                assertThat(clerk.text(By.id("e-applicant-email"))).isEqualTo("电子邮箱格式不正确");
                assertThat(clerk.find(By.name("applicant.name")).getAttribute("value"))
                        .isEqualTo("李四");
                assertThat(clerk.find(By.name("information.description")).getAttribute("value"))
                        .contains("预算执行情况");

                clerk.field("applicant.email", "lisi@example.cn")
                        .upload(By.id("f-scan"), scan())
                        .submit(By.id("register"));
                String trackingNumber = clerk.text(By.id("tracking-number"));
                assertThat(trackingNumber).isNotBlank();
                assertThat(clerk.text(By.id("request-status"))).isEqualTo("已收到");
                assertThat(clerk.text(By.id("attachments"))).contains("申请书扫描件.png", "image/png");
                clerk.assertPdf(By.id("receipt"));
            } finally {
                clerk.screenshot("console-intake-receipt");
            }
        }
    }

    /** A scanned application form: a small PNG (intake checks the type from the content). */
    private static Path scan() throws IOException {
        Path file = Files.createTempDirectory("scan").resolve("申请书扫描件.png");
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        return file;
    }

    @Test
    void anOfficerASecrecyReviewerAndAReviewerTakeACaseToItsReplyAndTheDrafterCannotApprove() {
        var registered =
                InformationRequests.register(tokens.accessTokenOf("clerk")).jsonPath();
        String trackingNumber = registered.getString("trackingNumber");
        String year = registered.getString("receivedDate").substring(0, 4);
        String casePage = "/staff/cases/" + trackingNumber;

        try (Browser officer = Browser.desktop();
                Browser drafter = Browser.desktop();
                Browser secrecy = Browser.desktop();
                Browser reviewer = Browser.desktop()) {
            try {
                officer.signIn(casePage, "officer");
                await("the case in case-service")
                        .atMost(PROPAGATION)
                        .until(() -> officer.open(casePage).has(By.id("action-ACCEPT")));
                officer.step("ACCEPT");
                assertThat(officer.text(By.id("case-state"))).isEqualTo("已受理");
                officer.click(By.id("action-ASSIGN"))
                        .field("department", "预算科")
                        .field("officer", "drafter")
                        .submit(By.id("submit-ASSIGN"));
                assertThat(officer.text(By.id("case-state"))).isEqualTo("拟办中");

                // drafter is a case officer who is also a reviewer: they write the reply...
                drafter.signIn(casePage, "drafter").click(By.id("action-SAVE_DRAFT"));
                drafter.choose("replyType", "DISCLOSED").submit(By.id("save-draft"));
                drafter.assertPdf(By.id("letter"));
                drafter.open(casePage).step("SUBMIT_DRAFT");
                assertThat(drafter.text(By.id("case-state"))).isEqualTo("保密审查中");

                secrecy.signIn(casePage, "secrecy").step("PASS_SECRECY_REVIEW");
                assertThat(secrecy.text(By.id("case-state"))).isEqualTo("待审核");

                // ...and may not approve it: no button, the rule shown, and the API refuses.
                drafter.open(casePage);
                assertThat(drafter.text(By.id("case-state"))).isEqualTo("待审核");
                assertThat(drafter.has(By.id("action-APPROVE"))).isFalse();
                assertThat(drafter.text(By.id("four-eyes-you"))).contains("不能审核批准");
                theApiRefusesTheDrafterTheApproval(trackingNumber);

                reviewer.signIn(casePage, "reviewer").step("APPROVE");
                assertThat(reviewer.text(By.id("case-state"))).isEqualTo("已审核");

                drafter.open(casePage).click(By.id("action-REPLY")).choose("deliveryMethod", "EMAIL");
                drafter.submit(By.id("submit-REPLY"));
                assertThat(drafter.text(By.id("case-state"))).isIn("已答复", "已送达");
                assertThat(drafter.text(By.id("audit"))).contains("APPROVE", "reviewer", "REPLY");

                // The annual report counts the request under its year's new requests; the number links to it.
                await("the request in report-service").atMost(PROPAGATION).until(() -> {
                    reviewer.open("/staff/report?year=" + year)
                            .click(By.cssSelector("#table-three a[href$='NEW/TOTAL']"));
                    reviewer.find(By.id("cell-count"));
                    return reviewer.has(By.id("cell-cases"))
                            && reviewer.text(By.id("cell-cases")).contains(trackingNumber);
                });
                reviewer.click(By.linkText(trackingNumber));
                // By now notification-service's proof of service of the e-mailed reply may have recorded the delivery.
                assertThat(reviewer.text(By.id("case-state"))).isIn("已答复", "已送达");
            } finally {
                drafter.screenshot("console-case-replied");
            }
        }
    }

    /**
     * Issue 16: the reviewers' work screen lists the agency's cases waiting for secrecy review and for approval; each
     * opens its own screen with the draft letter, who drafted it and the decision; on the approval screen the drafter
     * sees four eyes and no approve button (and the API refuses), another reviewer approves.
     */
    @Test
    void theSecrecyReviewAndApprovalScreensShowTheDraftItsDraftersAndFourEyes() {
        String trackingNumber = InformationRequests.register(tokens.accessTokenOf("clerk"))
                .jsonPath()
                .getString("trackingNumber");
        StaffSteps staff = new StaffSteps();
        staff.assigned(trackingNumber, "drafter");
        staff.step("drafter", trackingNumber, "drafts", "{\"replyType\": \"DISCLOSED\"}", "DRAFTING");
        staff.step("drafter", trackingNumber, "draft-submissions", "{}", "SECRECY_REVIEW");

        try (Browser secrecy = Browser.desktop();
                Browser drafter = Browser.desktop();
                Browser reviewer = Browser.desktop()) {
            try {
                secrecy.signIn("/staff/reviews", "secrecy");
                assertThat(secrecy.title()).contains("审查审核");
                secrecy.click(By.cssSelector("a[href$='/cases/" + trackingNumber + "/secrecy-review']"));
                assertThat(secrecy.title()).contains("保密审查");
                assertThat(secrecy.text(By.id("case-state"))).isEqualTo("保密审查中");
                assertThat(secrecy.text(By.id("drafters"))).contains("drafter");
                assertThat(secrecy.text(By.id("letter-text"))).contains(trackingNumber);
                secrecy.assertPdf(By.id("letter"));
                assertThat(secrecy.has(By.id("submit-RETURN_FROM_SECRECY_REVIEW")))
                        .isTrue();
                secrecy.submit(By.id("submit-PASS_SECRECY_REVIEW"));
                assertThat(secrecy.title()).contains("审查审核");

                drafter.signIn("/staff/cases/" + trackingNumber + "/approval", "drafter");
                assertThat(drafter.text(By.id("case-state"))).isEqualTo("待审核");
                assertThat(drafter.text(By.id("four-eyes"))).contains("不得审核批准", "drafter");
                assertThat(drafter.text(By.id("four-eyes-you"))).contains("不能审核批准");
                assertThat(drafter.has(By.id("submit-APPROVE"))).isFalse();
                drafter.screenshot("console-approval-four-eyes");
                theApiRefusesTheDrafterTheApproval(trackingNumber);

                reviewer.signIn("/staff/reviews", "reviewer");
                reviewer.click(By.cssSelector("a[href$='/cases/" + trackingNumber + "/approval']"));
                assertThat(reviewer.title()).contains("审核批准");
                assertThat(reviewer.text(By.id("four-eyes"))).contains("drafter");
                assertThat(reviewer.has(By.id("four-eyes-you"))).isFalse();
                assertThat(reviewer.text(By.id("letter-text"))).contains(trackingNumber);
                reviewer.submit(By.id("submit-APPROVE"));
                assertThat(reviewer.title()).contains("审查审核");
                assertThat(reviewer.pageSource()).doesNotContain("/cases/" + trackingNumber + "/approval");
                reviewer.open("/staff/cases/" + trackingNumber + "/approval");
                assertThat(reviewer.text(By.id("case-state"))).isEqualTo("已审核");
                assertThat(reviewer.has(By.id("not-waiting"))).isTrue();
            } finally {
                reviewer.screenshot("console-approval-screen");
            }
        }
    }

    private void theApiRefusesTheDrafterTheApproval(String trackingNumber) {
        Services.as(tokens.accessTokenOf("drafter"), OgiService.CASE)
                .contentType(ContentType.JSON)
                .body("{\"outcome\": \"APPROVED\"}")
                .when()
                .post("/api/cases/{tn}/approvals", trackingNumber)
                .then()
                .statusCode(403);
    }

    @Test
    void aUserOfAgencyBCannotOpenAgencyAsCaseByItsAddress() {
        String trackingNumber = InformationRequests.register(tokens.accessTokenOf("clerk"))
                .jsonPath()
                .getString("trackingNumber");
        try (Browser officerA = Browser.desktop();
                Browser officerB = Browser.desktop()) {
            officerA.signIn("/staff", "officer");
            await("the case in case-service")
                    .atMost(PROPAGATION)
                    .until(() -> officerA.open("/staff/cases/" + trackingNumber).has(By.id("case-state")));
            try {
                officerB.signIn("/staff/cases/" + trackingNumber, "officer-b");
                assertThat(officerB.title()).contains("未找到");
                assertThat(officerB.text(By.id("error-message"))).contains("不属于您所在的机关");
                assertThat(officerB.pageSource())
                        .doesNotContain("张三")
                        .doesNotContain("Exception")
                        .doesNotContain("at org.");
                officerB.open("/staff/requests/" + trackingNumber);
                assertThat(officerB.title()).contains("未找到");
            } finally {
                officerB.screenshot("console-agency-b-refused");
            }
        }
    }
}
