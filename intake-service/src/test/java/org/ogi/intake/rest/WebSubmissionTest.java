package org.ogi.intake.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.ogi.intake.rest.TestRequests.newResidentId;
import static org.ogi.intake.rest.TestRequests.request;
import static org.ogi.intake.rest.TestRequests.today;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ogi.testsupport.OgiInfrastructure;

@QuarkusTest
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "applicant-1", roles = "applicant")
class WebSubmissionTest {

    private static final String WEB = request("WEB", "11010519491231002X", "区教育局2025年部门预算", "\"agency\":\"A\",");

    @BeforeAll
    static void agencyAIsInTheDirectory() {
        TestRequests.enterAgency("A", "北京市西城区人民政府办公室");
    }

    @Test
    void aWebSubmissionIsReceivedTodayAndShownToItsApplicantMasked() {
        String tn = submit(UUID.randomUUID().toString(), WEB)
                .statusCode(201)
                .body("agency", equalTo("A"))
                .body("channel", equalTo("WEB"))
                .body("receivedDate", equalTo(today().toString()))
                .extract()
                .path("trackingNumber");

        given().get("/api/requests/" + tn)
                .then()
                .statusCode(200)
                .body("applicant.idNumber", equalTo("110105********002X"));
    }

    @Test
    void anOrganisationWithoutACreditCodeAppliesWithAnotherDocument() {
        // Issue 10 item 17 (Art. 27 其他组织).
        String organisation = """
                {"channel":"WEB","agency":"A",
                 "applicant":{"type":"ORGANISATION","category":"OTHER","name":"某某村村民委员会","idType":"OTHER",
                              "idNumber":"村委会登记证 第0123号","phone":"13900139000","contactPerson":"赵六"},
                 "information":{"description":"2025年村级财务公开"},
                 "delivery":{"form":"ELECTRONIC","method":"ONLINE"}}""";
        submit(UUID.randomUUID().toString(), organisation)
                .statusCode(201)
                .body("applicant.type", equalTo("ORGANISATION"))
                .body("applicant.idType", equalTo("OTHER"));
        submit(UUID.randomUUID().toString(), organisation.replace("\"idType\":\"OTHER\"", "\"idType\":\"PASSPORT\""))
                .statusCode(400)
                .body("errors.field", hasItem("applicant.idType"));
    }

    @Test
    void aRetriedSubmissionReturnsTheFirstRequestInsteadOfASecondOne() {
        String key = UUID.randomUUID().toString();
        String first = submit(key, WEB).statusCode(201).extract().path("trackingNumber");

        submit(key, WEB).statusCode(200).body("trackingNumber", equalTo(first));
        assertThat(TestRequests.count("select count(*) from information_request where idempotency_key = ?", key))
                .isOne();
    }

    @Test
    void aKeyReusedForADifferentRequestIsRefusedAndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        String first = submit(key, WEB).statusCode(201).extract().path("trackingNumber");

        submit(key, WEB.replace("区教育局2025年部门预算", "区教育局2024年部门决算"))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:ogi:problem:idempotency-key-reused"))
                .body("trackingNumber", equalTo(first));
        assertThat(TestRequests.count("select count(*) from information_request where idempotency_key = ?", key))
                .isOne();
        submit(key, WEB).statusCode(200).body("trackingNumber", equalTo(first));
    }

    @Test
    void simultaneousRetriesWithOneKeyCreateOneRequest() throws Exception {
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<String>> attempts = IntStream.range(0, 8)
                    .mapToObj(i -> CompletableFuture.supplyAsync(
                            () -> given().contentType(ContentType.JSON)
                                    .header("Idempotency-Key", key)
                                    .body(WEB)
                                    .post("/api/requests")
                                    .then()
                                    .extract()
                                    .<String>path("trackingNumber"),
                            pool))
                    .toList();
            List<String> numbers =
                    attempts.stream().map(CompletableFuture::join).toList();

            assertThat(numbers).doesNotContainNull().containsOnly(numbers.get(0));
        } finally {
            pool.shutdown();
        }
        assertThat(TestRequests.count("select count(*) from information_request where idempotency_key = ?", key))
                .isOne();
    }

    @Test
    void aWebSubmissionNeedsAnIdempotencyKeyAndAValidIdNumber() {
        given().contentType(ContentType.JSON)
                .body(WEB)
                .post("/api/requests")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("Idempotency-Key"));
        submit(UUID.randomUUID().toString(), WEB.replace("11010519491231002X", "110105194912310021"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("applicant.idNumber"));
    }

    @Test
    void anApplicantCannotRegisterALetter() {
        submit(
                        UUID.randomUUID().toString(),
                        request("LETTER", newResidentId(), "x", "\"letter\":{\"postage\":\"ORDINARY\"},"))
                .statusCode(403);
    }

    @Test
    void anApplicantListsAndReadsOnlyTheirOwnRequests() {
        String own = submit(UUID.randomUUID().toString(), WEB)
                .statusCode(201)
                .extract()
                .path("trackingNumber");
        String someoneElses = StoredRequests.insert("A");

        given().get("/api/requests?size=100")
                .then()
                .statusCode(200)
                .body("items.trackingNumber", hasItem(own))
                .body("items.trackingNumber", not(hasItem(someoneElses)))
                .body("items.channel", everyItem(equalTo("WEB")));
        given().get("/api/requests/" + someoneElses).then().statusCode(404);
        given().get("/api/requests/" + someoneElses + "/receipt.pdf").then().statusCode(404);
    }

    /** Typing another person's identity number must not reveal that person's requests, nor list them. */
    @Test
    void anApplicantNeverSeesTheRepeatHintNorAnotherAccountsRequests() {
        String id = newResidentId();
        String description = "请提供编号" + id + "建设项目的环境影响评价文件全文";
        String someoneElses = StoredRequests.insertWeb("A", "applicant-2", id, description);

        String own = submit(UUID.randomUUID().toString(), request("WEB", id, description, "\"agency\":\"A\","))
                .statusCode(201)
                .body("$", not(hasKey("possibleRepeatOf")))
                .body("flags", not(hasItem("POSSIBLE_REPEAT")))
                .extract()
                .path("trackingNumber");
        // Staff still get the hint: the earlier request was found.
        assertThat(TestRequests.count(
                        "select count(*) from information_request where tracking_number = ? and " + "'" + someoneElses
                                + "' = any(possible_repeat_of) and 'POSSIBLE_REPEAT' = any(flags)",
                        own))
                .isOne();

        given().get("/api/requests/" + own)
                .then()
                .statusCode(200)
                .body("$", not(hasKey("possibleRepeatOf")))
                .body("flags", not(hasItem("POSSIBLE_REPEAT")));
        given().get("/api/requests?size=100")
                .then()
                .statusCode(200)
                .body("total", equalTo((int) TestRequests.count(
                        "select count(*) from information_request where applicant_user_id = ?", "applicant-1")))
                .body("items.trackingNumber", hasItem(own))
                .body("items.trackingNumber", not(hasItem(someoneElses)))
                .body("items", everyItem(not(hasKey("possibleRepeatOf"))))
                .body("items.flags.flatten()", not(hasItem("POSSIBLE_REPEAT")));
    }

    private static io.restassured.response.ValidatableResponse submit(String key, String body) {
        return given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/requests")
                .then();
    }
}
