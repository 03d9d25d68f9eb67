package org.ogi.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogi.stack.OgiService;

/**
 * Issue 15 item 10: the year of seed report 001 (淮北市 2018, city level) replayed through the real services. Its 28
 * requests (10 on the web, 18 by letter, all answered in the year, no appeals) are registered at intake, taken
 * through case-service's workflow to the reply, and report-service's tables 三 and 四 for 2018 must show the seed's
 * figures, mapped to today's rows (README, "Replay of a real year"):
 *
 * <pre>
 * seed category            n   today's row
 * 已主动公开                3   （一）予以公开 (Art. 36(一), already published)
 * 同意公开                  3+5 （一）予以公开
 * 同意部分公开              2   （二）部分公开
 * 申请信息不存在            7   （四）1.本机关不掌握相关政府信息 (Art. 36(四))
 * 非本机关掌握              5   （四）1.本机关不掌握相关政府信息 (Art. 36(五), not this agency)
 * 不属于依申请公开范围      3   （六）3.其他
 * </pre>
 *
 * The seed does not say who applied: all count as 自然人. The figures are checked as the change the replay makes, so a
 * stack that already holds agency A's 2018 requests still proves them.
 */
@ExtendWith(EndToEndStack.class)
class AnnualReportReplayIT {

    private static final Duration PROPAGATION = Duration.ofSeconds(60);
    private static final LocalDate REGISTERED = LocalDate.of(2018, 3, 1);
    private static final LocalDate ANSWERED = LocalDate.of(2018, 3, 8);

    private final TokenClient tokens = TokenClient.ofStack();
    private final StaffSteps staff = new StaffSteps();

    /** The seed's categories in the order driven, with their counts and today's draft. */
    private record Category(String seedLabel, int count, String draft) {}

    private static final List<Category> SEED_2018 = List.of(
            new Category("已主动公开", 3, """
                    {"replyType": "DISCLOSED", "alreadyPublished": true,
                     "publicationLocation": "淮北市人民政府网站政府信息公开栏目"}"""),
            new Category("同意公开", 8, """
                    {"replyType": "DISCLOSED"}"""),
            new Category("同意部分公开", 2, """
                    {"replyType": "PARTIALLY_DISCLOSED", "withheldGround": "WITHHELD_THIRD_PARTY_RIGHTS",
                     "reasons": "部分内容涉及个人隐私", "reconsiderationBody": "安徽省人民政府"}"""),
            new Category("申请信息不存在", 7, """
                    {"replyType": "CANNOT_PROVIDE_NOT_HELD", "reasons": "经检索没有所申请公开信息",
                     "reconsiderationBody": "安徽省人民政府"}"""),
            new Category("非本机关掌握", 5, """
                    {"replyType": "CANNOT_PROVIDE_NOT_HELD", "notThisAgency": true, "responsibleAgency": "淮北市自然资源和规划局",
                     "responsibleAgencyContact": "0561-3000000", "reasons": "不属于本机关负责公开",
                     "reconsiderationBody": "安徽省人民政府"}"""),
            new Category("不属于依申请公开范围", 3, """
                    {"replyType": "OTHER_OTHER", "reasons": "所申请内容不属于依申请公开的政府信息范围",
                     "legalBasis": "《中华人民共和国政府信息公开条例》（2008年）第二条",
                     "reconsiderationBody": "安徽省人民政府"}"""));

    /** Table 三 of 2018 as the seed gives it (自然人 = 总计; every other column 0). */
    private static final Map<String, Long> EXPECTED = expected();

    @AfterEach
    void backToToday() {
        StackDay.reset();
    }

    @Test
    void theTablesOf2018EqualTheSeedReportsFigures() {
        Map<String, Long> before = cells(report());

        StackDay.set(REGISTERED);
        List<String> trackingNumbers = new ArrayList<>();
        for (int i = 0; i < 28; i++) {
            trackingNumbers.add(i < 10 ? onTheWeb() : byLetter(i));
        }
        int next = 0;
        StackDay.set(ANSWERED);
        for (Category category : SEED_2018) {
            for (int i = 0; i < category.count(); i++) {
                staff.replied(trackingNumbers.get(next++), category.draft());
            }
        }

        await("report-service counts the year").atMost(PROPAGATION).untilAsserted(() -> {
            Map<String, Long> after = cells(report());
            Map<String, Long> change = new LinkedHashMap<>();
            after.forEach((cell, value) -> {
                long delta = value - before.getOrDefault(cell, 0L);
                if (delta != 0) {
                    change.put(cell, delta);
                }
            });
            assertThat(change).isEqualTo(EXPECTED);
        });
        JsonPath drill = Services.okBody(Services.as(token("head"), OgiService.REPORT)
                .queryParam("cell", "三/NEW/NATURAL_PERSON")
                .when()
                .get("/api/reports/2018/cells"));
        assertThat(drill.getList("trackingNumbers", String.class)).containsAll(trackingNumbers);
    }

    private String onTheWeb() {
        return trackingNumber(InformationRequests.register(token("applicant"), InformationRequests.WEB_REQUEST));
    }

    private String byLetter(int i) {
        String signed = REGISTERED.minusDays(1 + i % 3).toString();
        String request = InformationRequests.IN_PERSON_REQUEST.replace(
                "\"channel\":\"IN_PERSON\",",
                "\"channel\":\"LETTER\",\"letter\":{\"postage\":\"REGISTERED\",\"signedForOn\":\"" + signed + "\"},");
        return trackingNumber(InformationRequests.register(token("clerk"), request));
    }

    private static String trackingNumber(Response registered) {
        return registered.jsonPath().getString("trackingNumber");
    }

    private JsonPath report() {
        return Services.okBody(
                Services.as(token("head"), OgiService.REPORT).when().get("/api/reports/2018"));
    }

    /** Every number of both tables keyed like the frozen cells: 三/line/column and 四/block/column. */
    private static Map<String, Long> cells(JsonPath report) {
        Map<String, Long> cells = new LinkedHashMap<>();
        List<Map<String, Object>> lines = report.getList("tableThree.lines");
        for (Map<String, Object> line : lines) {
            @SuppressWarnings("unchecked")
            Map<String, Number> values = (Map<String, Number>) line.get("values");
            values.forEach((column, value) -> cells.put("三/" + line.get("key") + "/" + column, value.longValue()));
        }
        List<Map<String, Object>> blocks = report.getList("tableFour");
        for (Map<String, Object> block : blocks) {
            @SuppressWarnings("unchecked")
            Map<String, Number> values = (Map<String, Number>) block.get("values");
            values.forEach((column, value) -> cells.put("四/" + block.get("key") + "/" + column, value.longValue()));
        }
        return cells;
    }

    private static Map<String, Long> expected() {
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("NEW", 28L);
        rows.put("DISCLOSED", 11L);
        rows.put("PARTIALLY_DISCLOSED", 2L);
        rows.put("CANNOT_PROVIDE_NOT_HELD", 12L);
        rows.put("OTHER_OTHER", 3L);
        rows.put("TOTAL", 28L);
        Map<String, Long> cells = new LinkedHashMap<>();
        rows.forEach((line, n) -> {
            cells.put("三/" + line + "/NATURAL_PERSON", n);
            cells.put("三/" + line + "/TOTAL", n);
        });
        // Table 四: 「行政复议、行政诉讼申请数量均为零」 — no cell changes.
        return cells;
    }

    private String token(String user) {
        return tokens.accessTokenOf(user);
    }
}
