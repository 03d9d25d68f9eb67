package org.ogi.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTablesTest {

    /** report-service's ReportView as JSON, with two lines of table 三 and two blocks of table 四. */
    private static final String REPORT = """
            {"agency":"A","year":2025,
             "tableThree":{"corner":"本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和",
               "columns":[{"key":"NATURAL_PERSON","header":"自然人","subheader":null},
                          {"key":"COMMERCIAL_ENTERPRISE","header":"法人或其他组织","subheader":"商业企业"},
                          {"key":"RESEARCH_INSTITUTION","header":"法人或其他组织","subheader":"科研机构"},
                          {"key":"SOCIAL_WELFARE_ORGANISATION","header":"法人或其他组织","subheader":"社会公益组织"},
                          {"key":"LEGAL_SERVICE_INSTITUTION","header":"法人或其他组织","subheader":"法律服务机构"},
                          {"key":"OTHER","header":"法人或其他组织","subheader":"其他"},
                          {"key":"TOTAL","header":"总计","subheader":null}],
               "lines":[{"key":"NEW","label":"一、本年新收政府信息公开申请数量","heading":null,
                         "values":{"NATURAL_PERSON":3,"COMMERCIAL_ENTERPRISE":1,"RESEARCH_INSTITUTION":0,
                                   "SOCIAL_WELFARE_ORGANISATION":0,"LEGAL_SERVICE_INSTITUTION":0,"OTHER":0,"TOTAL":4}},
                        {"key":"R3_1","label":"1.属于国家秘密","heading":"（三）不予公开",
                         "values":{"NATURAL_PERSON":1,"COMMERCIAL_ENTERPRISE":0,"RESEARCH_INSTITUTION":0,
                                   "SOCIAL_WELFARE_ORGANISATION":0,"LEGAL_SERVICE_INSTITUTION":0,"OTHER":0,"TOTAL":1}}]},
             "tableFour":[{"key":"RECONSIDERATION","group":"行政复议","subgroup":null,
                           "values":{"MAINTAINED":1,"CORRECTED":0,"OTHER":0,"PENDING":1,"TOTAL":2}},
                          {"key":"SUIT_DIRECT","group":"行政诉讼","subgroup":"未经复议直接起诉",
                           "values":{"MAINTAINED":0,"CORRECTED":0,"OTHER":0,"PENDING":0,"TOTAL":0}}],
             "checksum":"x"}""";

    private final ReportTables tables = ReportTables.of(json(REPORT));

    @Test
    void tableThreeHasSevenColumnsUnderTwoHeaderRows() {
        assertThat(tables.groups())
                .containsExactly(
                        new ReportTables.Heading("自然人", 1, 2),
                        new ReportTables.Heading("法人或其他组织", 5, 1),
                        new ReportTables.Heading("总计", 1, 2));
        assertThat(tables.subheaders()).containsExactly("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
        assertThat(tables.tableThree())
                .allSatisfy(row -> assertThat(row.cells()).hasSize(7));
    }

    @Test
    void everyNumberCarriesTheCellKeyOfItsDrillDown() {
        ReportTables.Row fresh = tables.tableThree().get(0);
        assertThat(fresh.label()).isEqualTo("一、本年新收政府信息公开申请数量");
        assertThat(fresh.cells().get(0)).isEqualTo(new ReportTables.Cell("三/NEW/NATURAL_PERSON", 3));
        assertThat(fresh.cells().get(6)).isEqualTo(new ReportTables.Cell("三/NEW/TOTAL", 4));
        assertThat(tables.tableThree().get(1).heading()).isEqualTo("（三）不予公开");
        assertThat(tables.tableFour().get(0).cells().get(3))
                .isEqualTo(new ReportTables.Cell("四/RECONSIDERATION/PENDING", 1));
    }

    @Test
    void tableFourBlocksHaveTheirGroupsAndTheLawsColumnLabels() {
        assertThat(tables.blockColumns()).containsExactly("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
        assertThat(tables.tableFour())
                .extracting(ReportTables.Row::heading, ReportTables.Row::label)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("行政复议", null),
                        org.assertj.core.groups.Tuple.tuple("行政诉讼", "未经复议直接起诉"));
    }

    private static Map<String, Object> json(String text) {
        try {
            return new ObjectMapper().readValue(text, new TypeReference<>() {});
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
