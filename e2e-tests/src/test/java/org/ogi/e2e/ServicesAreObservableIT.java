package org.ogi.e2e;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ogi.stack.OgiService;

/** What operations rely on, the same in every service: readiness, Prometheus metrics, the OpenAPI document. */
@ExtendWith(EndToEndStack.class)
class ServicesAreObservableIT {

    @ParameterizedTest
    @EnumSource(OgiService.class)
    void isReady(OgiService service) {
        Services.anonymous(service)
                .when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"));
    }

    @ParameterizedTest
    @EnumSource(OgiService.class)
    void exposesPrometheusMetrics(OgiService service) {
        Services.anonymous(service)
                .when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("# TYPE "));
    }

    @ParameterizedTest
    @EnumSource(value = OgiService.class, names = "WEB", mode = EnumSource.Mode.EXCLUDE)
    void describesItsApi(OgiService service) {
        Services.anonymous(service)
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(containsString("openapi"));
    }
}
