package org.ogi.report.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.ogi.contracts.v1.AppealEvents;
import org.ogi.contracts.v1.CaseTransitioned;
import org.ogi.contracts.v1.Events;
import org.ogi.contracts.v1.RequestReceived;
import org.ogi.testsupport.OgiInfrastructure;
import org.ogi.testsupport.RepliedBuilder;
import org.ogi.testsupport.TestEvents;

@QuarkusTest
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ReportApiTest {

    @Test
    @TestSecurity(user = "head-ra", roles = "ogi-office-head")
    @OidcSecurity(claims = @Claim(key = "agency", value = "RA"))
    void tablesCountTheCasesOnceEvenWhenEventsAreRedeliveredAndEachCellDrillsDown() {
        String december = received("RA", "2024-12-30", "COMMERCIAL_ENTERPRISE");
        String answered = received("RA", "2024-03-01", "NATURAL_PERSON");
        RequestReceived redelivered = TestEvents.requestReceived(answered, "RA", LocalDate.parse("2024-03-01"));
        TestEvents.publish(TestEvents.event(Events.REQUEST_RECEIVED, answered, redelivered));
        replied(answered, "RA", "2024-03-20", "WITHHELD_THIRD_PARTY_RIGHTS");
        replied(december, "RA", "2025-01-06", "DISCLOSED");
        String appeal = "FY-RA-1";
        TestEvents.publish(TestEvents.event(AppealEvents.FILED, appeal, filed(appeal, "RA", answered, "2024-04-01")));

        await().untilAsserted(() -> {
            JsonPath y2024 = report(2024);
            assertThat(y2024.getLong("tableThree.lines.find { it.key == 'NEW' }.values.TOTAL"))
                    .isEqualTo(2);
            assertThat(y2024.getLong(
                            "tableThree.lines.find { it.key == 'WITHHELD_THIRD_PARTY_RIGHTS' }.values.NATURAL_PERSON"))
                    .isEqualTo(1);
            assertThat(y2024.getLong(
                            "tableThree.lines.find { it.key == 'CARRIED_FORWARD' }.values.COMMERCIAL_ENTERPRISE"))
                    .isEqualTo(1);
            assertThat(y2024.getLong("tableFour.find { it.key == 'RECONSIDERATION' }.values.PENDING"))
                    .isEqualTo(1);
            JsonPath y2025 = report(2025);
            assertThat(y2025.getLong("tableThree.lines.find { it.key == 'CARRIED_OVER' }.values.TOTAL"))
                    .isEqualTo(1);
            assertThat(y2025.getLong("tableThree.lines.find { it.key == 'DISCLOSED' }.values.COMMERCIAL_ENTERPRISE"))
                    .isEqualTo(1);
        });
        assertThat(report(2024).getString("tableThree.lines[3].label")).isEqualTo("（二）部分公开（区分处理的，只计这一情形，不计其他情形）");

        given().queryParam("cell", "三/NEW/TOTAL")
                .get("/api/reports/2024/cells")
                .then()
                .statusCode(200)
                .body("count", equalTo(2))
                .body("trackingNumbers", hasItem(december));
        given().queryParam("cell", "三/CARRIED_FORWARD/COMMERCIAL_ENTERPRISE")
                .get("/api/reports/2024/cells")
                .then()
                .body("trackingNumbers", equalTo(List.of(december)));
        given().queryParam("cell", "四/RECONSIDERATION/PENDING")
                .get("/api/reports/2024/cells")
                .then()
                .body("trackingNumbers", equalTo(List.of(appeal)));
        given().queryParam("cell", "三/NOPE/TOTAL")
                .get("/api/reports/2024/cells")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("cell"));
        given().get("/api/reports/twenty").then().statusCode(400);
    }

    /**
     * A request whose facts change within one counter (its received date moves within the year) stays counted once;
     * a change to another year moves it; an event that changes nothing (the case opened after the request) writes
     * nothing.
     */
    @Test
    @TestSecurity(user = "head-rs", roles = "ogi-office-head")
    @OidcSecurity(claims = @Claim(key = "agency", value = "RS"))
    void aRequestMovesBetweenCountersOnlyWhenItsShapeChanges() throws Exception {
        String trackingNumber = received("RS", "2024-03-01", "NATURAL_PERSON");
        await().until(() -> newIn(2024) == 1);

        TestEvents.publish(TestEvents.event(
                Events.REQUEST_RECEIVED,
                trackingNumber,
                TestEvents.requestReceived(trackingNumber, "RS", LocalDate.parse("2024-03-04"))));
        await().until(() -> "2024-03-04".equals(receivedDate(trackingNumber)));
        assertThat(newIn(2024)).isEqualTo(1);

        TestEvents.publish(TestEvents.event(
                Events.REQUEST_RECEIVED,
                trackingNumber,
                TestEvents.requestReceived(trackingNumber, "RS", LocalDate.parse("2025-01-02"))));
        await().until(() -> newIn(2025) == 1);
        assertThat(newIn(2024)).isZero();
        assertThat(receivedDate(trackingNumber)).isEqualTo("2025-01-02");
    }

    private static long newIn(int year) {
        return report(year).getLong("tableThree.lines.find { it.key == 'NEW' }.values.TOTAL");
    }

    private static String receivedDate(String trackingNumber) throws Exception {
        try (var connection = OgiInfrastructure.openDatabaseConnection();
                var statement =
                        connection.prepareStatement("select received_date from case_fact where tracking_number = ?")) {
            statement.setString(1, trackingNumber);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    @Test
    @TestSecurity(user = "reviewer-rb", roles = "reviewer")
    @OidcSecurity(claims = @Claim(key = "agency", value = "RB"))
    void aReportThatFailsAnInvariantNamesTheCellAndTheCase() {
        // A reply whose request never arrived here: counted in （七） but neither new nor carried over.
        String orphan = TestEvents.newTrackingNumber("RB");
        replied(orphan, "RB", "2024-05-01", "DISCLOSED");

        await().untilAsserted(() -> given().get("/api/reports/2024")
                .then()
                .statusCode(409)
                .body(
                        "discrepancies.find { it.rule == 'BALANCE' && it.column == 'TOTAL' }.trackingNumbers",
                        equalTo(List.of(orphan)))
                .body(
                        "discrepancies.find { it.rule == 'BALANCE' && it.column == 'TOTAL' }.line",
                        equalTo("CARRIED_FORWARD")));
        // Another agency's reviewer (this one) never sees agency RA's cases.
        given().queryParam("cell", "三/NEW/TOTAL")
                .get("/api/reports/2024/cells")
                .then()
                .statusCode(200)
                .body("count", equalTo(0));
    }

    @Test
    @TestSecurity(user = "head-rc", roles = "ogi-office-head")
    @OidcSecurity(claims = @Claim(key = "agency", value = "RC"))
    void aFrozenYearKeepsItsFiguresAndShowsLaterChangesAsDifferences() {
        String open = received("RC", "2023-06-01", "NATURAL_PERSON");
        await().untilAsserted(
                        () -> assertThat(report(2023).getLong("tableThree.lines.find { it.key == 'NEW' }.values.TOTAL"))
                                .isEqualTo(1));
        JsonPath frozen = given().post("/api/reports/2023/freeze")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(frozen.getString("checksum"))
                .hasSize(64)
                .isEqualTo(report(2023).getString("checksum"));
        given().post("/api/reports/2023/freeze").then().statusCode(409);

        // A late entry: the case turns out to have been answered in 2023.
        replied(open, "RC", "2023-07-01", "DISCLOSED");
        await().untilAsserted(() -> assertThat(report(2023).getList("differences.cell"))
                .contains("三/DISCLOSED/NATURAL_PERSON", "三/CARRIED_FORWARD/TOTAL"));
        JsonPath now = report(2023);
        assertThat(now.getString("frozen.checksum")).isEqualTo(frozen.getString("checksum"));
        assertThat(now.getString("checksum")).isNotEqualTo(frozen.getString("checksum"));
        assertThat(now.getLong("differences.find { it.cell == '三/CARRIED_FORWARD/TOTAL' }.frozen"))
                .isEqualTo(1);
        assertThat(now.getLong("differences.find { it.cell == '三/CARRIED_FORWARD/TOTAL' }.current"))
                .isZero();
    }

    @Test
    @TestSecurity(user = "head-rd", roles = "ogi-office-head")
    @OidcSecurity(claims = @Claim(key = "agency", value = "RD"))
    void theExportsAreLaidOutLikeThePublishedTable() throws Exception {
        received("RD", "2024-02-01", "RESEARCH_INSTITUTION");
        await().untilAsserted(
                        () -> assertThat(report(2024).getLong("tableThree.lines.find { it.key == 'NEW' }.values.TOTAL"))
                                .isEqualTo(1));

        byte[] xlsx = given().get("/api/reports/2024/report.xlsx")
                .then()
                .statusCode(200)
                .contentType(ReportExports.XLSX)
                .extract()
                .asByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet three = workbook.getSheet("表三");
            assertThat(text(three, 0, 0)).isEqualTo("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
            assertThat(three.getMergedRegions())
                    .contains(new CellRangeAddress(0, 2, 0, 2), new CellRangeAddress(0, 0, 3, 9));
            assertThat(text(three, 0, 3)).isEqualTo("申请人情况");
            assertThat(text(three, 1, 3)).isEqualTo("自然人");
            assertThat(text(three, 1, 4)).isEqualTo("法人或其他组织");
            assertThat(three.getMergedRegions()).contains(new CellRangeAddress(1, 1, 4, 8));
            assertThat(text(three, 2, 5)).isEqualTo("科研机构");
            assertThat(text(three, 1, 9)).isEqualTo("总计");
            assertThat(text(three, 3, 0)).isEqualTo("一、本年新收政府信息公开申请数量");
            assertThat(three.getRow(3).getCell(5).getNumericCellValue()).isEqualTo(1);
            assertThat(three.getRow(3).getCell(9).getNumericCellValue()).isEqualTo(1);
            assertThat(text(three, 5, 0)).isEqualTo("三、本年度办理结果");
            assertThat(three.getMergedRegions()).contains(new CellRangeAddress(5, 26, 0, 0));
            assertThat(text(three, 7, 1)).isEqualTo("（三）不予公开");
            assertThat(three.getMergedRegions()).contains(new CellRangeAddress(7, 14, 1, 1));
            assertThat(text(three, 9, 2)).isEqualTo("3.危及“三安全一稳定”");
            assertThat(text(three, 26, 1)).isEqualTo("（七）总计");
            assertThat(text(three, 27, 0)).isEqualTo("四、结转下年度继续办理");
            assertThat(three.getRow(27).getCell(5).getNumericCellValue()).isEqualTo(1);

            Sheet four = workbook.getSheet("表四");
            assertThat(text(four, 0, 0)).isEqualTo("行政复议");
            assertThat(text(four, 0, 5)).isEqualTo("行政诉讼");
            assertThat(four.getMergedRegions()).contains(new CellRangeAddress(0, 0, 5, 14));
            assertThat(text(four, 1, 5)).isEqualTo("未经复议直接起诉");
            assertThat(text(four, 1, 10)).isEqualTo("复议后起诉");
            assertThat(text(four, 2, 3)).isEqualTo("尚未审结");
            assertThat(text(four, 2, 14)).isEqualTo("总计");
            assertThat(four.getRow(3).getCell(14).getNumericCellValue()).isZero();
        }

        byte[] pdf = given().get("/api/reports/2024/report.pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("一、本年新收政府信息公开申请数量", "四、政府信息公开行政复议、行政诉讼情况", "尚未审结");
        }

        String csv = given().get("/api/reports/2024/report.csv")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv)
                .startsWith("table,line,label,column,value\n")
                .contains("三,NEW,\"一、本年新收政府信息公开申请数量\",RESEARCH_INSTITUTION,1\n");
    }

    @Test
    @TestSecurity(user = "head-re", roles = "ogi-office-head")
    @OidcSecurity(claims = @Claim(key = "agency", value = "RE"))
    void importedOpenCasesAreCarriedOverIntoTheFirstYear() {
        given().contentType("text/csv")
                .body("trackingNumber,receivedDate,applicantCategory,outcomeDate,outcomeRow\n"
                        + "RE-OLD-1,2018-12-20,NATURAL_PERSON,,\n"
                        + "RE-OLD-2,2018-12-27,OTHER,2019-01-10,DISCLOSED\n")
                .post("/api/reports/carried-over-cases")
                .then()
                .statusCode(200)
                .body("imported", equalTo(2));
        JsonPath y2019 = report(2019);
        assertThat(y2019.getString("format")).isEqualTo("TRIAL_2019");
        assertThat(y2019.getLong("tableThree.lines.find { it.key == 'CARRIED_OVER' }.values.TOTAL"))
                .isEqualTo(2);
        assertThat(y2019.getLong("tableThree.lines.find { it.key == 'CARRIED_FORWARD' }.values.NATURAL_PERSON"))
                .isEqualTo(1);

        given().contentType("text/csv")
                .body(
                        "trackingNumber,receivedDate,applicantCategory,outcomeDate,outcomeRow\nRE-OLD-3,2018-13-01,ROBOT,,\n")
                .post("/api/reports/carried-over-cases")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("line 2: receivedDate"))
                .body("errors.field", hasItem("line 2: applicantCategory"));
        assertThat(report(2019).getLong("tableThree.lines.find { it.key == 'CARRIED_OVER' }.values.TOTAL"))
                .isEqualTo(2);
    }

    @Test
    @TestSecurity(user = "clerk", roles = "intake-clerk")
    @OidcSecurity(claims = @Claim(key = "agency", value = "RA"))
    void intakeClerksMayNotReadReports() {
        given().get("/api/reports/2024").then().statusCode(403);
        given().post("/api/reports/2024/freeze").then().statusCode(403);
    }

    static JsonPath report(int year) {
        return given().get("/api/reports/" + year)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    static String received(String agency, String day, String category) {
        String trackingNumber = TestEvents.newTrackingNumber(agency);
        RequestReceived base = TestEvents.requestReceived(trackingNumber, agency, LocalDate.parse(day));
        var a = base.applicant();
        RequestReceived request = new RequestReceived(
                base.trackingNumber(),
                base.agency(),
                base.channel(),
                base.receivedDate(),
                base.registeredAt(),
                new RequestReceived.Applicant(
                        category.equals("NATURAL_PERSON") ? "NATURAL_PERSON" : "ORGANISATION",
                        category,
                        a.name(),
                        a.idType(),
                        a.idNumber(),
                        a.phone(),
                        a.email(),
                        a.address(),
                        a.userId(),
                        a.legalRepresentative(),
                        a.contactPerson()),
                base.information(),
                base.delivery(),
                base.missingContents(),
                base.flags(),
                base.possibleRepeatOf(),
                base.agencyName(),
                base.kind(),
                base.recordCorrection(),
                base.applicantRequestsInMonth());
        TestEvents.publish(TestEvents.event(Events.REQUEST_RECEIVED, trackingNumber, request));
        TestEvents.publish(TestEvents.event(
                Events.CASE_OPENED,
                trackingNumber,
                new org.ogi.contracts.v1.CaseOpened(
                        trackingNumber, agency, LocalDate.parse(day), "RECEIVED", category)));
        return trackingNumber;
    }

    static void replied(String trackingNumber, String agency, String day, String replyType) {
        LocalDate on = LocalDate.parse(day);
        CaseTransitioned transition = new CaseTransitioned(
                trackingNumber,
                agency,
                "REPLY",
                "APPROVED",
                "REPLIED",
                on,
                OffsetDateTime.now(),
                "officer",
                "case-officer");
        TestEvents.publish(TestEvents.event(
                Events.CASE_REPLIED,
                trackingNumber,
                RepliedBuilder.replied(transition, replyType, on)
                        .deliveryMethod("EMAIL")
                        .build()));
    }

    static AppealEvents.Filed filed(String number, String agency, String trackingNumber, String day) {
        LocalDate on = LocalDate.parse(day);
        return new AppealEvents.Filed(
                number,
                agency,
                "RECONSIDERATION",
                "REPLY",
                List.of(trackingNumber),
                null,
                "张三",
                "市人民政府",
                null,
                "ORDINARY",
                on,
                on,
                null,
                on,
                on,
                on,
                true,
                "WITHHELD",
                null,
                "legal");
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }
}
