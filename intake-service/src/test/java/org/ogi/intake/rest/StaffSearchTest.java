package org.ogi.intake.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.ogi.intake.rest.TestRequests.newResidentId;
import static org.ogi.intake.rest.TestRequests.post;
import static org.ogi.intake.rest.TestRequests.request;
import static org.ogi.intake.rest.TestRequests.today;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;
import org.ogi.testsupport.OgiInfrastructure;

@QuarkusTest
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class StaffSearchTest {

    @Test
    @TestSecurity(user = "clerk", roles = "intake-clerk")
    @OidcSecurity(claims = @Claim(key = "agency", value = "A"))
    void staffFindTheirAgencysRequestsByChannelStatusDateAndApplicantName() {
        String name = "欧阳" + System.nanoTime();
        String fax = post(request("FAX", newResidentId(), "传真申请", "").replace("王五", name))
                .statusCode(201)
                .extract()
                .path("trackingNumber");
        String counter = post(request("IN_PERSON", newResidentId(), "当面申请", "").replace("王五", name))
                .statusCode(201)
                .extract()
                .path("trackingNumber");

        given().queryParam("applicantName", name)
                .get("/api/requests")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.trackingNumber", hasItems(fax, counter));
        given().queryParam("applicantName", name)
                .queryParam("channel", "FAX")
                .queryParam("status", "AWAITING_CONFIRMATION")
                .get("/api/requests")
                .then()
                .statusCode(200)
                .body("items.trackingNumber", contains(fax));
        given().queryParam("applicantName", name)
                .queryParam("receivedFrom", today().toString())
                .queryParam("receivedTo", today().toString())
                .get("/api/requests")
                .then()
                .statusCode(200)
                .body("items.trackingNumber", contains(counter));
        given().queryParam("applicantName", name)
                .queryParam("size", 1)
                .queryParam("page", 1)
                .get("/api/requests")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("total", equalTo(2));
    }

    @Test
    @TestSecurity(user = "clerk-b", roles = "intake-clerk")
    @OidcSecurity(claims = @Claim(key = "agency", value = "B"))
    void aClerkOfAnotherAgencyNeitherFindsNorReadsAgencyAsRequests() {
        String ofA = StoredRequests.insert("A");

        given().queryParam("applicantName", "李四")
                .queryParam("size", 100)
                .get("/api/requests")
                .then()
                .statusCode(200)
                .body("items.trackingNumber", not(hasItem(ofA)))
                .body("items.agency", everyItem(equalTo("B")));
        given().get("/api/requests/" + ofA).then().statusCode(404);
        given().get("/api/requests/" + ofA + "/receipt.pdf").then().statusCode(404);
        given().get("/api/requests/" + ofA + "/attachments").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "clerk", roles = "intake-clerk")
    @OidcSecurity(claims = @Claim(key = "agency", value = "A"))
    void badSearchParametersAreNamed() {
        given().queryParam("channel", "PIGEON")
                .queryParam("receivedFrom", "2026-13-01")
                .get("/api/requests")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("receivedFrom"));
        given().queryParam("channel", "PIGEON")
                .queryParam("status", "LOST")
                .get("/api/requests")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("channel", "status"));
        given().queryParam("size", 1000)
                .get("/api/requests")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("size"));
    }

    /** NUL would reach PostgreSQL and fail there; other control characters and bad text would be stored changed. */
    @Test
    @TestSecurity(user = "clerk", roles = "intake-clerk")
    @OidcSecurity(claims = @Claim(key = "agency", value = "A"))
    void controlCharactersAndMalformedTextAreRefusedNamingTheField() {
        given().urlEncodingEnabled(false)
                .get("/api/requests?applicantName=a%00b")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("applicantName"));
        given().urlEncodingEnabled(false)
                .get("/api/requests/%00")
                .then()
                .statusCode(400)
                .body("errors.field", contains("trackingNumber"));
        String description = "请提供" + System.nanoTime() + "号文件";
        post(request("IN_PERSON", newResidentId(), description + "\\ud800", ""))
                .statusCode(400)
                .body("errors.field", contains("information.description"));
        post(request("IN_PERSON", newResidentId(), description, "").replace("\"NATURAL_PERSON\"", "0"))
                .statusCode(400)
                .body("errors.field", contains("applicant.type"));
        assertThat(TestRequests.count(
                        "select count(*) from information_request where info_description like ?", description + "%"))
                .isZero();
    }
}
