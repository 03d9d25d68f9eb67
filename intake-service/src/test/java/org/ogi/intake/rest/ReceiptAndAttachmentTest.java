package org.ogi.intake.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.ogi.intake.rest.TestRequests.newResidentId;
import static org.ogi.intake.rest.TestRequests.pdfText;
import static org.ogi.intake.rest.TestRequests.post;
import static org.ogi.intake.rest.TestRequests.request;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.RestAssured;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.ogi.testsupport.OgiInfrastructure;

@QuarkusTest
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "clerk", roles = "intake-clerk")
@OidcSecurity(claims = @Claim(key = "agency", value = "A"))
class ReceiptAndAttachmentTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H'};

    @Test
    void theCounterReceiptStatesNumberDateRequestAndDeadlineInChinese() throws Exception {
        String tn = post(RequestRegistrationTest.IN_PERSON_REQUEST)
                .statusCode(201)
                .extract()
                .path("trackingNumber");

        String text = pdfText(given().get("/api/requests/" + tn + "/receipt.pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray());

        assertThat(text).contains("政府信息公开申请回执", tn, "2025年区财政预算执行情况", "提交方式：当面提交", "20个工作日内予以答复", "延长的期限最长不得超过20个工作日");
    }

    @Test
    void aFaxGetsAnAcknowledgementThatTheReceivedDateAwaitsConfirmation() throws Exception {
        String tn = post(request("FAX", newResidentId(), "环境影响评价报告书", ""))
                .statusCode(201)
                .extract()
                .path("trackingNumber");

        String text = pdfText(given().get("/api/requests/" + tn + "/receipt.pdf")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());

        assertThat(text).contains("政府信息公开申请收悉确认书", tn, "待确认", "环境影响评价报告书");
    }

    @Test
    void anAttachmentIsStoredWithItsChecksumAndDownloadedUnchanged() throws Exception {
        String tn = post(RequestRegistrationTest.IN_PERSON_REQUEST)
                .statusCode(201)
                .extract()
                .path("trackingNumber");
        String sha256 =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PNG));

        String location = given().contentType("application/octet-stream")
                .body(PNG)
                .queryParam("fileName", "身份证复印件.png")
                .post("/api/requests/" + tn + "/attachments")
                .then()
                .statusCode(201)
                .body("mediaType", equalTo("image/png"))
                .body("sha256", equalTo(sha256))
                .extract()
                .header("Location");

        byte[] downloaded = given().get(location)
                .then()
                .statusCode(200)
                .contentType("image/png")
                .extract()
                .asByteArray();
        assertThat(downloaded).isEqualTo(PNG);
        given().get("/api/requests/" + tn + "/attachments")
                .then()
                .statusCode(200)
                .body("[0].fileName", equalTo("身份证复印件.png"));
    }

    @Test
    void badUploadsAreRefusedWithProblems() {
        String tn = post(RequestRegistrationTest.IN_PERSON_REQUEST)
                .statusCode(201)
                .extract()
                .path("trackingNumber");
        String url = "/api/requests/" + tn + "/attachments";

        given().contentType("image/png")
                .body("<html>not an image</html>".getBytes())
                .post(url)
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        given().contentType("application/pdf")
                .body(new byte[0])
                .post(url)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        byte[] tooLarge = Arrays.copyOf(PNG, 10 * 1024 * 1024 + 1);
        given().contentType("image/png")
                .body(tooLarge)
                .post(url)
                .then()
                .statusCode(413)
                .contentType("application/problem+json");

        assertThat(TestRequests.count(
                        "select count(*) from request_attachment a join information_request r "
                                + "on r.id = a.request_id where r.tracking_number = ?",
                        tn))
                .isZero();
    }

    /** A lenient decoder would store %FF%FE as two U+FFFD; the file name is refused instead. */
    @Test
    void aFileNameThatIsNotUtf8OrHasControlCharactersIsRefused() {
        String tn = post(RequestRegistrationTest.IN_PERSON_REQUEST)
                .statusCode(201)
                .extract()
                .path("trackingNumber");
        String url = "/api/requests/" + tn + "/attachments";

        for (String fileName : new String[] {"%FF%FE.png", "%C0%AF.png", "a%00b.png", "%ED%A0%80.png"}) {
            given().urlEncodingEnabled(false)
                    .contentType("image/png")
                    .body(PNG)
                    .post(url + "?fileName=" + fileName)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", org.hamcrest.Matchers.contains("fileName"));
        }
        assertThat(TestRequests.count(
                        "select count(*) from request_attachment a join information_request r "
                                + "on r.id = a.request_id where r.tracking_number = ?",
                        tn))
                .isZero();
    }

    @Test
    void aBodyOverTheServiceLimitIsRefusedWithAProblemBeforeItIsSent() throws Exception {
        long overLimit = 12L * 1024 * 1024 + 1;
        // A raw request that declares the length and waits: the answer must come before any body byte is sent.
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(("POST /api/requests/A-2026-000001/attachments HTTP/1.1\r\n"
                                    + "Host: localhost\r\nContent-Type: application/pdf\r\nContent-Length: " + overLimit
                                    + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(response)
                    .startsWith("HTTP/1.1 413")
                    .containsIgnoringCase("content-type: application/problem+json")
                    .contains("\"type\":\"urn:ogi:problem:payload-too-large\"")
                    .contains("\"maxBytes\":" + (overLimit - 1));
        }
    }

    @Test
    @TestSecurity(user = "applicant-2", roles = "applicant")
    void anApplicantCannotDownloadAttachments() {
        given().get("/api/requests/A-2026-000001/attachments/1").then().statusCode(403);
    }
}
