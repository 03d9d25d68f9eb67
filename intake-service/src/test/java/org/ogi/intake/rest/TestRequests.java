package org.ogi.intake.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ogi.testsupport.OgiInfrastructure;

/** Request bodies and look-ups shared by the intake API tests. */
final class TestRequests {

    private TestRequests() {}

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** A resident ID number with a valid GB 11643 check digit that no other test uses. */
    static String newResidentId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String first17 = "110105" + "19" + (50 + random.nextInt(50)) + "0101" + (100 + random.nextInt(900));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    /** A complete request of a natural person on {@code channel}, with extra top-level members. */
    static String request(String channel, String idNumber, String description, String extra) {
        return """
                {"channel":"%s",%s
                 "applicant":{"type":"NATURAL_PERSON","name":"王五","idType":"RESIDENT_ID","idNumber":"%s",
                              "phone":"13900139000","address":"北京市西城区"},
                 "information":{"description":"%s"},
                 "delivery":{"form":"PAPER","method":"POST"}}""".formatted(channel, extra, idNumber, description);
    }

    static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/requests")
                .then();
    }

    /** Enters the agency in the directory as its administrator would, for tests that submit to it. */
    static void enterAgency(String code, String name) {
        try (Connection connection = OgiInfrastructure.openDatabaseConnection();
                PreparedStatement statement = connection.prepareStatement("""
                        insert into agency (code, name, updated_at, updated_by) values (?, ?, now(), 'test')
                        on conflict (code) do nothing""")) {
            statement.setString(1, code);
            statement.setString(2, name);
            statement.executeUpdate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of a PDF, joined across the line breaks of wrapped paragraphs. */
    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s", "");
        }
    }

    static long count(String sql, String parameter) {
        try (Connection connection = OgiInfrastructure.openDatabaseConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
