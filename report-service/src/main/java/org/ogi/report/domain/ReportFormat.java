package org.ogi.report.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.ogi.law.OutcomeGroup;
import org.ogi.law.TableThreeRow;

/**
 * The layout of table 三 (ogi-rules §3.1): the 2021 format (国办公开办函〔2021〕30号) and the 2019 trial format
 * (国办公开办函〔2019〕60号, reports for 2019 and 2020), whose （六）其他处理 is a single data row. No national table
 * existed before 2019 (§2): earlier years are shown in the 2021 layout.
 */
public enum ReportFormat {
    TRIAL_2019,
    FORMAT_2021;

    public static final String RESULTS_HEADING = "三、本年度办理结果";
    public static final String CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    public static final String APPLICANT_HEADER = "申请人情况";

    public static ReportFormat forYear(int year) {
        return year == 2019 || year == 2020 ? TRIAL_2019 : FORMAT_2021;
    }

    /** The data rows in the table's order with their exact labels. */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("NEW", "一、本年新收政府信息公开申请数量", null, Line.Kind.NEW, EnumSet.noneOf(TableThreeRow.class)));
        lines.add(new Line(
                "CARRIED_OVER", "二、上年结转政府信息公开申请数量", null, Line.Kind.CARRIED_OVER, EnumSet.noneOf(TableThreeRow.class)));
        for (OutcomeGroup group : OutcomeGroup.values()) {
            EnumSet<TableThreeRow> rows = EnumSet.noneOf(TableThreeRow.class);
            for (TableThreeRow row : TableThreeRow.values()) {
                if (row.group() == group) {
                    rows.add(row);
                }
            }
            boolean single = rows.size() == 1 || (group == OutcomeGroup.OTHER && this == TRIAL_2019);
            if (single) {
                lines.add(new Line(group.name(), group.tableLabel(), RESULTS_HEADING, Line.Kind.RESULT, rows));
            } else {
                for (TableThreeRow row : rows) {
                    lines.add(new Line(
                            row.name(), row.tableLabel(), group.tableLabel(), Line.Kind.RESULT, EnumSet.of(row)));
                }
            }
        }
        lines.add(new Line("TOTAL", "（七）总计", RESULTS_HEADING, Line.Kind.TOTAL, EnumSet.noneOf(TableThreeRow.class)));
        lines.add(new Line(
                "CARRIED_FORWARD",
                "四、结转下年度继续办理",
                null,
                Line.Kind.CARRIED_FORWARD,
                EnumSet.noneOf(TableThreeRow.class)));
        return List.copyOf(lines);
    }
}
