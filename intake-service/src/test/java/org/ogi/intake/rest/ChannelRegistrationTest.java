package org.ogi.intake.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
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
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.ogi.contracts.CloudEvent;
import org.ogi.contracts.Topics;
import org.ogi.testsupport.KafkaTestClient;
import org.ogi.testsupport.MutableClock;
import org.ogi.testsupport.OgiInfrastructure;

@QuarkusTest
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "clerk", roles = "intake-clerk")
@OidcSecurity(claims = @Claim(key = "agency", value = "A"))
class ChannelRegistrationTest {

    private static final int CONCURRENT = 8;

    @Inject
    MutableClock clock;

    @Test
    void registeredPostIsReceivedOnTheDayTheAgencySignedForIt() {
        LocalDate signed = today().minusDays(2);
        String tn = post(request(
                        "LETTER",
                        newResidentId(),
                        "规划许可证",
                        "\"letter\":{\"postage\":\"REGISTERED\",\"signedForOn\":\"%s\",\"postmarkedOn\":\"%s\"},"
                                .formatted(signed, signed.minusDays(3))))
                .statusCode(201)
                .body("status", equalTo("RECEIVED"))
                .body("receivedDate", equalTo(signed.toString()))
                .extract()
                .path("trackingNumber");

        assertThat(KafkaTestClient.eventsFor(Topics.REQUESTS, tn, 1, Duration.ofSeconds(20)))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.type()).isEqualTo("ogi.request.received.v1");
                    assertThat(event.data().get("receivedDate").asText()).isEqualTo(signed.toString());
                    assertThat(event.data().get("channel").asText()).isEqualTo("LETTER");
                });
    }

    @Test
    void ordinaryPostWaitsWithoutAClockUntilConfirmedAndThenIsAnnouncedConfirmedAndReceived() {
        String tn = post(request("LETTER", newResidentId(), "道路拆迁补偿方案", "\"letter\":{\"postage\":\"ORDINARY\"},"))
                .statusCode(201)
                .body("status", equalTo("AWAITING_CONFIRMATION"))
                .body("receivedDate", nullValue())
                .extract()
                .path("trackingNumber");

        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/requests/" + tn + "/confirmations")
                .then()
                .statusCode(200)
                .body("status", equalTo("RECEIVED"))
                .body("receivedDate", equalTo(today().toString()))
                .body("confirmedOn", equalTo(today().toString()));

        // While it waited only the Art. 31(二) duty to confirm on the arrival day was announced; no reply clock.
        List<CloudEvent> events = KafkaTestClient.eventsFor(Topics.REQUESTS, tn, 3, Duration.ofSeconds(20));
        assertThat(events)
                .extracting(CloudEvent::type)
                .containsExactly(
                        "ogi.request.awaiting-confirmation.v1", "ogi.request.confirmed.v1", "ogi.request.received.v1");
        assertThat(events.get(0).data().get("confirmByDate").asText()).isEqualTo(today().toString());
        assertThat(events.get(2).data().get("receivedDate").asText()).isEqualTo(today().toString());

        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/requests/" + tn + "/confirmations")
                .then()
                .statusCode(409)
                .body("currentState", equalTo("RECEIVED"));
    }

    @Test
    void aFaxCannotBeConfirmedForADayInTheFutureOrBeforeItArrived() {
        String tn = post(request("FAX", newResidentId(), "环评报告", ""))
                .statusCode(201)
                .body("status", equalTo("AWAITING_CONFIRMATION"))
                .extract()
                .path("trackingNumber");

        for (LocalDate wrong : new LocalDate[] {today().plusDays(1), today().minusDays(1)}) {
            given().contentType(ContentType.JSON)
                    .body("{\"confirmedOn\":\"" + wrong + "\"}")
                    .post("/api/requests/" + tn + "/confirmations")
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem("confirmedOn"));
        }
        given().get("/api/requests/" + tn).then().statusCode(200).body("status", equalTo("AWAITING_CONFIRMATION"));
    }

    @Test
    void aFaxWaitsForConfirmationWithoutASameDayDuty() {
        String tn = post(request("FAX", newResidentId(), "环评批复", ""))
                .statusCode(201)
                .body("status", equalTo("AWAITING_CONFIRMATION"))
                .extract()
                .path("trackingNumber");

        assertThat(KafkaTestClient.eventsFor(Topics.REQUESTS, tn, 1, Duration.ofSeconds(20)))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.type()).isEqualTo("ogi.request.awaiting-confirmation.v1");
                    assertThat(event.data().get("confirmByDate").isNull()).isTrue();
                });
    }

    @Test
    void aCounterRequestRegisteredLaterIsReceivedTheDayItWasHandedIn() {
        // Issue 10 item 12: handed in 2024-09-27, registered 2024-09-30 -> received 2024-09-27 (reply due 10-30).
        clock.setToday(LocalDate.of(2024, 9, 30));
        try {
            String tn = post(request("IN_PERSON", newResidentId(), "拆迁安置方案", "\"receivedOn\":\"2024-09-27\","))
                    .statusCode(201)
                    .body("receivedDate", equalTo("2024-09-27"))
                    .extract()
                    .path("trackingNumber");
            assertThat(KafkaTestClient.eventsFor(Topics.REQUESTS, tn, 1, Duration.ofSeconds(20)))
                    .singleElement()
                    .satisfies(
                            event -> assertThat(event.data().get("receivedDate").asText())
                                    .isEqualTo("2024-09-27"));

            post(request("IN_PERSON", newResidentId(), "拆迁安置方案", "\"receivedOn\":\"2024-10-01\","))
                    .statusCode(400)
                    .body("errors.field", hasItem("receivedOn"));
            post(request("IN_PERSON", newResidentId(), "拆迁安置方案", "\"receivedOn\":\"2024-09-01\","))
                    .statusCode(400)
                    .body("errors.field", hasItem("receivedOn"));
            post(request("FAX", newResidentId(), "拆迁安置方案", "\"receivedOn\":\"2024-09-27\","))
                    .statusCode(400)
                    .body("errors.field", hasItem("receivedOn"));
        } finally {
            clock.reset();
        }
    }

    @Test
    void theReceivedEventCarriesTheAgencysNameAndTheApplicantsRequestsInTheMonth() {
        // Issue 10 item 20 (fee measures Art. 4) and issue 11 (the agency's name travels in the events).
        TestRequests.enterAgency("A", "北京市西城区人民政府办公室");
        // The same applicant by identity number; the name makes the name-and-phone key of other tests' requests differ.
        String id = newResidentId();
        String name = "钱七" + System.nanoTime();
        String first = post(request("IN_PERSON", id, "第一件", "").replace("王五", name))
                .statusCode(201)
                .extract()
                .path("trackingNumber");
        String second = post(request("IN_PERSON", id, "第二件", "").replace("王五", name))
                .statusCode(201)
                .extract()
                .path("trackingNumber");

        assertThat(KafkaTestClient.eventsFor(Topics.REQUESTS, first, 1, Duration.ofSeconds(20)))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.data().get("agencyName").asText()).isEqualTo("北京市西城区人民政府办公室");
                    assertThat(event.data().get("applicantRequestsInMonth").asInt())
                            .isEqualTo(1);
                    assertThat(event.data().get("kind").asText()).isEqualTo("INFORMATION");
                });
        assertThat(KafkaTestClient.eventsFor(Topics.REQUESTS, second, 1, Duration.ofSeconds(20)))
                .singleElement()
                .satisfies(event -> assertThat(
                                event.data().get("applicantRequestsInMonth").asInt())
                        .isEqualTo(2));
    }

    @Test
    void anArticle41RequestCarriesTheRecordTheCorrectionAndItsEvidence() {
        // Issue 10 item 19.
        String correction = """
                "kind":"RECORD_CORRECTION",
                "recordCorrection":{"record":"2023年度低保核定名单","correction":"姓名误写为张山，应为王五",
                                    "evidence":["居民身份证复印件","户口簿复印件"]},""";
        String tn = post(request("IN_PERSON", newResidentId(), "更正本人信息", correction))
                .statusCode(201)
                .body("kind", equalTo("RECORD_CORRECTION"))
                .body("recordCorrection.evidence", contains("居民身份证复印件", "户口簿复印件"))
                .extract()
                .path("trackingNumber");
        assertThat(KafkaTestClient.eventsFor(Topics.REQUESTS, tn, 1, Duration.ofSeconds(20)))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.data().get("kind").asText()).isEqualTo("RECORD_CORRECTION");
                    assertThat(event.data()
                                    .get("recordCorrection")
                                    .get("record")
                                    .asText())
                            .isEqualTo("2023年度低保核定名单");
                });

        post(request(
                        "IN_PERSON",
                        newResidentId(),
                        "更正本人信息",
                        "\"kind\":\"RECORD_CORRECTION\",\"recordCorrection\":{\"record\":\"名单\",\"correction\":\"有误\"},"))
                .statusCode(400)
                .body("errors.field", hasItem("recordCorrection.evidence"));
    }

    @Test
    void anOralRequestRecordsTheApplicantsConfirmationAndIsReceivedToday() {
        post(request("ORAL", newResidentId(), "低保名单", ""))
                .statusCode(400)
                .body("errors.field", hasItem("applicantConfirmed"));

        post(request("ORAL", newResidentId(), "低保名单", "\"applicantConfirmed\":true,"))
                .statusCode(201)
                .body("receivedDate", equalTo(today().toString()))
                .body("applicantConfirmedAt", notNullValue());
    }

    @Test
    void impossibleOrFuturePostalDatesAreRejectedByFieldAndNothingIsSaved() {
        String marker = "未保存-" + System.nanoTime();
        post(request(
                        "LETTER",
                        newResidentId(),
                        marker,
                        "\"letter\":{\"postage\":\"REGISTERED\",\"signedForOn\":\"2026-02-30\"},"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("letter.signedForOn"));
        post(request(
                        "LETTER",
                        newResidentId(),
                        marker,
                        "\"letter\":{\"postage\":\"REGISTERED\",\"signedForOn\":\"%s\"},"
                                .formatted(today().plusDays(1))))
                .statusCode(400)
                .body("errors.field", hasItem("letter.signedForOn"));

        assertThat(TestRequests.count("select count(*) from information_request where info_description = ?", marker))
                .isZero();
    }

    @Test
    void aRequestMissingArticle29ContentsIsRegisteredAndFlaggedIncomplete() {
        String tn = post("""
                {"channel":"IN_PERSON","applicant":{"type":"NATURAL_PERSON"}}""")
                .statusCode(201)
                .body("status", equalTo("RECEIVED"))
                .body("flags", contains("INCOMPLETE"))
                .body(
                        "missingContents",
                        contains("NAME", "IDENTITY_PROOF", "CONTACT", "INFORMATION_DESCRIPTION", "FORM_AND_DELIVERY"))
                .extract()
                .path("trackingNumber");

        assertThat(KafkaTestClient.eventsFor(Topics.REQUESTS, tn, 1, Duration.ofSeconds(20)))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.data().get("missingContents")).hasSize(5);
                    assertThat(event.data().get("flags").get(0).asText()).isEqualTo("INCOMPLETE");
                });
    }

    @Test
    void aPaperRequestWithAnInvalidIdNumberIsKeptAsWrittenAndFlagged() {
        post(request("IN_PERSON", "110105194912310021", "财政决算", ""))
                .statusCode(201)
                .body("flags", contains("INVALID_ID_AS_WRITTEN"))
                .body("applicant.idNumber", equalTo("110105194912310021"));
    }

    @Test
    void anOrganisationIsRegisteredWithItsCreditCodeRepresentativeAndAnnualReportCategory() {
        String tn = post("""
                {"channel":"IN_PERSON",
                 "applicant":{"type":"ORGANISATION","category":"RESEARCH_INSTITUTION","name":"某某研究院",
                              "idType":"USCC","idNumber":"91350100M000100Y43","legalRepresentative":"赵六",
                              "contactPerson":"钱七","phone":"010-12345678"},
                 "information":{"title":"2025年科研经费分配方案"},
                 "delivery":{"form":"ELECTRONIC","method":"EMAIL"}}""")
                .statusCode(201)
                .body("flags", empty())
                .body("applicant.category", equalTo("RESEARCH_INSTITUTION"))
                .extract()
                .path("trackingNumber");

        assertThat(KafkaTestClient.eventsFor(Topics.REQUESTS, tn, 1, Duration.ofSeconds(20)))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.data().at("/applicant/type").asText()).isEqualTo("ORGANISATION");
                    assertThat(event.data().at("/applicant/category").asText()).isEqualTo("RESEARCH_INSTITUTION");
                    assertThat(event.data().at("/applicant/legalRepresentative").asText())
                            .isEqualTo("赵六");
                    assertThat(event.data().at("/applicant/contactPerson").asText())
                            .isEqualTo("钱七");
                });
    }

    @Test
    void aSimilarRequestOfTheSameApplicantIsFlaggedAsAPossibleRepeatWithALinkButRegistered() {
        String id = newResidentId();
        String first = post(request("IN_PERSON", id, "请提供2025年区财政预算执行情况报告全文", ""))
                .statusCode(201)
                .body("flags", empty())
                .extract()
                .path("trackingNumber");

        String second = post(request("IN_PERSON", id, "申请公开2025年区财政预算执行情况的报告全文", ""))
                .statusCode(201)
                .body("status", equalTo("RECEIVED"))
                .body("flags", contains("POSSIBLE_REPEAT"))
                .body("possibleRepeatOf", contains(first))
                .extract()
                .path("trackingNumber");
        post(request("IN_PERSON", id, "某小区建设工程规划许可证及附图", "")).statusCode(201).body("flags", empty());

        assertThat(KafkaTestClient.eventsFor(Topics.REQUESTS, second, 1, Duration.ofSeconds(20)))
                .singleElement()
                .satisfies(event -> assertThat(
                                event.data().get("possibleRepeatOf").get(0).asText())
                        .isEqualTo(first));
    }

    @Test
    void concurrentSimilarRequestsOfOneApplicantAreEachFlaggedAsRepeatsOfTheEarlierOnes() {
        String id = newResidentId();
        // Text of its own: the test requests share the applicant's name and phone.
        String body = request("IN_PERSON", id, "请提供编号" + id + "建设项目的环境影响评价文件", "");
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT);
        List<Map<String, Object>> registered;
        try {
            List<CompletableFuture<Map<String, Object>>> posts = IntStream.range(0, CONCURRENT)
                    .mapToObj(i -> CompletableFuture.supplyAsync(
                            () -> post(body).statusCode(201).extract().<Map<String, Object>>path(""), pool))
                    .toList();
            registered = posts.stream()
                    .map(CompletableFuture::join)
                    .sorted(Comparator.comparing(r -> (String) r.get("trackingNumber")))
                    .toList();
        } finally {
            pool.shutdown();
        }

        // Registrations that share a batch see each other as well as the committed ones.
        for (int i = 0; i < CONCURRENT; i++) {
            List<String> earlier = registered.subList(0, i).stream()
                    .map(r -> (String) r.get("trackingNumber"))
                    .toList();
            assertThat(registered.get(i).get("possibleRepeatOf")).asList().containsExactlyInAnyOrderElementsOf(earlier);
            assertThat(registered.get(i).get("flags"))
                    .asList()
                    .isEqualTo(i == 0 ? List.of() : List.of("POSSIBLE_REPEAT"));
        }
    }

    @Test
    void aClerkCannotRegisterAWebRequestNorForAnotherAgency() {
        post(request("WEB", newResidentId(), "x", "")).statusCode(400).body("errors.field", hasItems("channel"));
        post(request("IN_PERSON", newResidentId(), "x", "\"agency\":\"B\","))
                .statusCode(400)
                .body("errors.field", hasItems("agency"));
    }
}
