package org.ogi.platform.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.ogi.testsupport.OgiInfrastructure;

/** Input no service may store changed or answer with a 500: refused at the edge with a problem naming the field. */
@QuarkusTest
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class HostileInputTest {

    @Test
    void controlCharactersInPathAndQueryParametersAreRefusedNamingTheParameter() {
        get("/test/input/a%00b")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("name"));
        get("/test/input/x?q=a%00b").statusCode(400).body("errors.field", contains("q"));
        get("/test/input/x?q=a%0Ab").statusCode(400).body("errors.field", contains("q"));
        get("/test/input/x?q=%C2%85").statusCode(400).body("errors.field", contains("q"));
        get("/test/input/%E7%8E%8B?q=%E4%BA%94+%E5%85%AD").statusCode(200).body(equalTo("王|五 六|null"));
    }

    @Test
    void invalidUtf8InParametersIsRefusedInsteadOfBecomingReplacementCharacters() {
        get("/test/input/x?q=%FF%FE").statusCode(400).body("errors.field", contains("q"));
        get("/test/input/x?q=%C0%AF").statusCode(400).body("errors.field", contains("q"));
        get("/test/input/%ED%A0%80").statusCode(400).body("errors.field", contains("name"));
    }

    @Test
    void controlCharactersAndLoneSurrogatesInJsonStringsAreRefusedNamingTheField() {
        post("{\"name\":\"a\\u0000b\"}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("name"))
                .body("errors.message[0]", containsString("control characters"));
        post("{\"name\":\"a\\ud800b\"}")
                .statusCode(400)
                .body("errors.field", contains("name"))
                .body("errors.message[0]", containsString("surrogate"));
        post("{\"name\":\"a\\udc00\"}").statusCode(400).body("errors.field", contains("name"));
        post("{\"tags\":[\"ok\",\"\\u001b[31m\"]}").statusCode(400).body("errors.field", contains("tags[1]"));
        post("{\"nested\":{\"note\":\"\\u0085\"}}").statusCode(400).body("errors.field", contains("nested.note"));
        post("{\"size\":0,\"name\":\"第一行\\n第二行\\t\\ud83d\\ude00\"}")
                .statusCode(200)
                .body("name", equalTo("第一行\n第二行\t😀"));
    }

    @Test
    void bodiesThatAreNotStrictUtf8AreRefused() {
        // C0 AF is an overlong '/', ED A0 80 an encoded surrogate, F4 90 80 80 beyond U+10FFFF, E4 B8 a cut sequence.
        for (byte[] bad : new byte[][] {
            {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xE4, (byte) 0xB8},
            {(byte) 0xFF}
        }) {
            post(json("{\"name\":\"a", bad, "b\"}")).statusCode(400).contentType("application/problem+json");
        }
        post(json("{\"size\":0,\"name\":\"", "王".getBytes(StandardCharsets.UTF_8), "\"}"))
                .statusCode(200)
                .body("name", equalTo("王"));
    }

    @Test
    void enumsAreReadByNameOnlyAndScalarsKeepTheirJsonType() {
        post("{\"kind\":1}").statusCode(400).body("errors.field", contains("kind"));
        post("{\"kind\":\"1\"}").statusCode(400).body("errors.field", contains("kind"));
        post("{\"kind\":\"\"}").statusCode(400).body("errors.field", contains("kind"));
        post("{\"count\":\"5\"}").statusCode(400).body("errors.field", contains("count"));
        post("{\"count\":1.5}").statusCode(400).body("errors.field", contains("count"));
        post("{\"name\":5}").statusCode(400).body("errors.field", contains("name"));
        post("{\"flag\":\"true\"}").statusCode(400).body("errors.field", contains("flag"));
        post("{\"flag\":1}").statusCode(400).body("errors.field", contains("flag"));
        post("{\"name\":\"a\",\"name\":\"b\"}").statusCode(400);
        post("{\"name\":\"a\"} {}").statusCode(400);
        post("{\"kind\":\"SECOND\",\"count\":5,\"size\":2,\"flag\":true}")
                .statusCode(200)
                .body("kind", equalTo("SECOND"))
                .body("count", equalTo(5))
                .body("flag", equalTo(true));
    }

    @Test
    void datesOutsideTheSupportedRangeAreRefused() {
        post("{\"on\":\"+999999999-12-31\"}")
                .statusCode(400)
                .body("errors.field", contains("on"))
                .body("errors.message[0]", containsString("1900-01-01 and 2199-12-31"));
        post("{\"on\":\"1899-12-31\"}").statusCode(400).body("errors.field", contains("on"));
        post("{\"on\":20000}").statusCode(400).body("errors.field", contains("on"));
        post("{\"on\":[2024,1,1]}").statusCode(400).body("errors.field", contains("on"));
        post("{\"on\":\"2024-02-30\"}").statusCode(400).body("errors.field", contains("on"));
        post("{\"size\":0,\"on\":\"2199-12-31\"}").statusCode(200).body("on", equalTo("2199-12-31"));
        get("/test/input/x?on=%2B999999999-12-31").statusCode(400).body("errors.field", contains("on"));
        get("/test/input/x?on=2024-02-29").statusCode(200).body(equalTo("x|null|2024-02-29"));
    }

    @Test
    void aValueTheDatabaseRefusesIsABadRequestNotAnInternalError() {
        given().contentType(ContentType.BINARY)
                .body("a\u0000b".getBytes(StandardCharsets.UTF_8))
                .post("/test/input/stored")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:ogi:problem:validation"))
                .body("detail", containsString("cannot be stored"));
    }

    @Test
    void anOverLongUriIsRefusedWithAProblem() throws Exception {
        RawHttp.Answer longUri = RawHttp.send(
                "GET /test/input/x?q=" + "a".repeat(20_000) + " HTTP/1.1\r\n"
                        + "Host: localhost\r\nConnection: close\r\n\r\n",
                new byte[0]);

        assertThat(longUri.status()).as(longUri.toString()).isEqualTo(414);
        assertThat(longUri.contentType()).isEqualTo("application/problem+json");
        assertThat(longUri.body()).contains("\"status\":414");
    }

    @Test
    void malformedPercentEscapesInPathAndQueryAreRefusedWithAProblem() throws Exception {
        // Sent raw: java.net.URI cannot parse these, and Quarkus would answer them with an empty 400 (see pom.xml).
        assertRefused(rawGet("/test/input/%zz"), "path");
        assertRefused(rawGet("/test/input/x?%zz=1"), "query");
        assertRefused(rawGet("/test/input/x?q=%4"), "q");
        assertRefused(rawGet("/no/such/%zz"), "path");

        RawHttp.Answer valid = rawGet("/test/input/x?q=%E5%BC%A0");
        assertThat(valid.status()).as(valid.toString()).isEqualTo(200);
        assertThat(valid.body()).isEqualTo("x|张|null");
    }

    @Test
    void anOversizedChunkedBodyIsRefusedWithAProblem() throws Exception {
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        // One string of 128 000 characters, over the test limit of 64K: the JSON stays well-formed throughout.
        for (int i = 0; i < 8; i++) {
            byte[] chunk = ((i == 0 ? "{\"name\":\"" : "") + "x".repeat(16_000)).getBytes(StandardCharsets.UTF_8);
            chunked.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            chunked.write(chunk);
            chunked.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        chunked.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

        RawHttp.Answer answer = RawHttp.send(
                "POST /test/input HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
                chunked.toByteArray());

        assertThat(answer.status()).as(answer.toString()).isEqualTo(413);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.body()).contains("\"status\":413");
    }

    private static RawHttp.Answer rawGet(String uri) throws Exception {
        return RawHttp.send("GET " + uri + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", new byte[0]);
    }

    private static void assertRefused(RawHttp.Answer answer, String field) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).as(answer.toString()).isEqualTo("application/problem+json");
        assertThat(answer.body()).as(answer.toString()).contains("\"status\":400", "\"field\":\"" + field + "\"");
    }

    private static ValidatableResponse get(String uri) {
        return given().urlEncodingEnabled(false).get(uri).then();
    }

    private static ValidatableResponse post(String body) {
        return post(body.getBytes(StandardCharsets.UTF_8));
    }

    private static ValidatableResponse post(byte[] body) {
        return given().contentType("application/json")
                .body(body)
                .post("/test/input")
                .then();
    }

    private static byte[] json(String before, byte[] middle, String after) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(middle);
        bytes.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }
}
