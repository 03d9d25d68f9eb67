package org.ogi.e2e;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.ogi.stack.OgiService;

/** Registering an information request at intake, as an intake clerk does for an applicant at the counter. */
final class InformationRequests {

    /** An in-person request of a natural person for a budget report, to be answered by e-mail. */
    static final String IN_PERSON_REQUEST = """
            {"channel":"IN_PERSON",
             "applicant":{"type":"NATURAL_PERSON","name":"张三","idType":"RESIDENT_ID",
                          "idNumber":"11010519491231002X","phone":"13800138000",
                          "email":"zhangsan@example.cn","address":"北京市东城区"},
             "information":{"title":"2025年区财政预算执行情况","documentNumber":null,
                            "description":"请提供2025年区财政预算执行情况报告全文"},
             "delivery":{"form":"ELECTRONIC","method":"EMAIL"}}""";

    private InformationRequests() {}

    /** Registers {@link #IN_PERSON_REQUEST}; intake answers 201 with the tracking number. */
    static Response register(String clerkToken) {
        return Services.as(clerkToken, OgiService.INTAKE)
                .contentType(ContentType.JSON)
                .body(IN_PERSON_REQUEST)
                .when()
                .post("/api/requests")
                .then()
                .statusCode(201)
                .extract()
                .response();
    }
}
