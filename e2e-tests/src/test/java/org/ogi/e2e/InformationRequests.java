package org.ogi.e2e;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
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

    /** The same request, submitted by the applicant on the web to agency A. */
    static final String WEB_REQUEST =
            IN_PERSON_REQUEST.replace("\"channel\":\"IN_PERSON\",", "\"channel\":\"WEB\",\"agency\":\"A\",");

    private InformationRequests() {}

    /** Registers {@link #IN_PERSON_REQUEST}; intake answers 201 with the tracking number. */
    static Response register(String clerkToken) {
        return register(clerkToken, IN_PERSON_REQUEST);
    }

    /** Registers the request {@code body} says, once (a key of its own); intake answers 201 with the tracking number. */
    static Response register(String token, String body) {
        return Services.as(token, OgiService.INTAKE)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body)
                .when()
                .post("/api/requests")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(201)
                .extract()
                .response();
    }
}
