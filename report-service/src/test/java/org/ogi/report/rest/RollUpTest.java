package org.ogi.report.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ogi.report.rest.ReportApiTest.received;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ogi.testsupport.OgiInfrastructure;

@QuarkusTest
@TestProfile(RollUpTest.CityOverDepartments.class)
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class RollUpTest {

    public static class CityOverDepartments implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ogi.report.children.CITY", "CITY-FGW,CITY-JYJ");
        }
    }

    @Test
    @TestSecurity(user = "head-city", roles = "ogi-office-head")
    @OidcSecurity(claims = @Claim(key = "agency", value = "CITY"))
    void aCitysRollUpSumsItsDepartmentsPerCell() {
        received("CITY", "2024-05-01", "NATURAL_PERSON");
        received("CITY-FGW", "2024-05-02", "NATURAL_PERSON");
        received("CITY-JYJ", "2024-05-03", "COMMERCIAL_ENTERPRISE");
        received("OTHER-TOWN", "2024-05-03", "COMMERCIAL_ENTERPRISE");

        await().untilAsserted(() -> {
            JsonPath rollUp = given().get("/api/reports/2024/rollup")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(rollUp.getList("agencies")).isEqualTo(List.of("CITY", "CITY-FGW", "CITY-JYJ"));
            assertThat(rollUp.getLong("tableThree.lines.find { it.key == 'NEW' }.values.NATURAL_PERSON"))
                    .isEqualTo(2);
            assertThat(rollUp.getLong("tableThree.lines.find { it.key == 'NEW' }.values.COMMERCIAL_ENTERPRISE"))
                    .isEqualTo(1);
            assertThat(rollUp.getLong("tableThree.lines.find { it.key == 'NEW' }.values.TOTAL"))
                    .isEqualTo(3);
        });
        assertThat(ReportApiTest.report(2024).getLong("tableThree.lines.find { it.key == 'NEW' }.values.TOTAL"))
                .isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "head-fgw", roles = "ogi-office-head")
    @OidcSecurity(claims = @Claim(key = "agency", value = "CITY-FGW"))
    void aDepartmentRollsUpOnlyItself() {
        received("CITY-FGW", "2024-06-02", "NATURAL_PERSON");
        await().untilAsserted(() -> given().get("/api/reports/2024/rollup")
                .then()
                .statusCode(200)
                .body("agencies", org.hamcrest.Matchers.equalTo(List.of("CITY-FGW")))
                .body(
                        "tableThree.lines.find { it.key == 'NEW' }.values.TOTAL",
                        org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
        // The request's and the case's events may still be being applied between the two reads: compared until
        // both read the same facts.
        await().untilAsserted(() -> {
            JsonPath own = ReportApiTest.report(2024);
            JsonPath rollUp =
                    given().get("/api/reports/2024/rollup").then().extract().jsonPath();
            assertThat(rollUp.getString("checksum")).isEqualTo(own.getString("checksum"));
        });
    }
}
