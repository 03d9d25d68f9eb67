package org.ogi.intake.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.ogi.intake.rest.TestRequests.newResidentId;
import static org.ogi.intake.rest.TestRequests.pdfText;
import static org.ogi.intake.rest.TestRequests.request;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ogi.testsupport.OgiInfrastructure;

@QuarkusTest
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AgencyDirectoryTest {

    private static final String NAME = "上海市浦东新区人民政府办公室";

    @Test
    @TestSecurity(user = "admin-dir", roles = "ogi-admin")
    @OidcSecurity(claims = @Claim(key = "agency", value = "DIR"))
    void anAdministratorEntersAndRenamesTheirOwnAgency() {
        name("DIR", "浦东新区政府办").statusCode(200).body("code", equalTo("DIR"));
        name("DIR", "  " + NAME + " ").statusCode(200).body("name", equalTo(NAME));

        given().get("/api/agencies/DIR").then().statusCode(200).body("name", equalTo(NAME));
        assertThat(TestRequests.count("select count(*) from agency where code = ?", "DIR"))
                .isOne();
    }

    @Test
    @TestSecurity(user = "admin-dir", roles = "ogi-admin")
    @OidcSecurity(claims = @Claim(key = "agency", value = "DIR"))
    void anAdministratorCannotEnterAnotherAgencyOrAnUnusableName() {
        name("OTHER", NAME).statusCode(403).contentType("application/problem+json");
        name("DIR", " ").statusCode(400).body("errors.field", hasItem("name"));
        name("DIR", "办公室\\u0007").statusCode(400).body("errors.field", hasItem("name"));

        assertThat(TestRequests.count("select count(*) from agency where code = ?", "OTHER"))
                .isZero();
    }

    @Test
    @TestSecurity(user = "clerk-dir", roles = "intake-clerk")
    @OidcSecurity(claims = @Claim(key = "agency", value = "DIR"))
    void onlyAnAdministratorEntersAgencies() {
        name("DIR", NAME).statusCode(403);
    }

    @Test
    @TestSecurity(user = "applicant-dir", roles = "applicant")
    void applicantsListTheAgenciesAndSubmitOnlyToOneOfThem() {
        TestRequests.enterAgency("LISTED", "北京市朝阳区人民政府办公室");

        given().get("/api/agencies")
                .then()
                .statusCode(200)
                .body("find { it.code == 'LISTED' }.name", equalTo("北京市朝阳区人民政府办公室"));
        given().get("/api/agencies/UNLISTED").then().statusCode(404).contentType("application/problem+json");

        String unlisted = request("WEB", newResidentId(), "区教育局2025年部门预算", "\"agency\":\"UNLISTED\",");
        given().contentType(ContentType.JSON)
                .body(unlisted)
                .post("/api/requests")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("agency", "Idempotency-Key"));
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(unlisted.replace("UNLISTED", "LISTED"))
                .post("/api/requests")
                .then()
                .statusCode(201)
                .body("agency", equalTo("LISTED"));
        given().get("/api/requests?size=100").then().statusCode(200).body("items.agency", not(hasItem("UNLISTED")));
    }

    @Test
    @TestSecurity(user = "clerk-rcpt", roles = "intake-clerk")
    @OidcSecurity(claims = @Claim(key = "agency", value = "RCPT"))
    void theReceiptNamesTheAgencyAsItsAdministratorEnteredIt() throws Exception {
        TestRequests.enterAgency("RCPT", NAME);
        String tn = TestRequests.post(request("IN_PERSON", newResidentId(), "2025年区财政预算执行情况", ""))
                .statusCode(201)
                .extract()
                .path("trackingNumber");

        String text = pdfText(given().get("/api/requests/" + tn + "/receipt.pdf")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());

        assertThat(text).contains("受理机关：" + NAME, tn);
    }

    private static io.restassured.response.ValidatableResponse name(String code, String name) {
        return given().contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\"}")
                .put("/api/agencies/" + code)
                .then();
    }
}
