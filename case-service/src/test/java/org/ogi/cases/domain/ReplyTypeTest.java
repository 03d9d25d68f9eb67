package org.ogi.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ogi.law.OutcomeGroup;

class ReplyTypeTest {

    @Test
    void theTypesAreExactlyTheRowsOfTable3() {
        Map<OutcomeGroup, List<String>> rows = Arrays.stream(ReplyType.values())
                .collect(Collectors.groupingBy(
                        ReplyType::group, Collectors.mapping(ReplyType::tableLabel, Collectors.toList())));
        assertThat(rows.get(OutcomeGroup.DISCLOSED)).containsExactly("（一）予以公开");
        assertThat(rows.get(OutcomeGroup.PARTIALLY_DISCLOSED)).containsExactly("（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
        assertThat(rows.get(OutcomeGroup.WITHHELD))
                .containsExactly(
                        "1.属于国家秘密",
                        "2.其他法律行政法规禁止公开",
                        "3.危及“三安全一稳定”",
                        "4.保护第三方合法权益",
                        "5.属于三类内部事务信息",
                        "6.属于四类过程性信息",
                        "7.属于行政执法案卷",
                        "8.属于行政查询事项");
        assertThat(rows.get(OutcomeGroup.CANNOT_PROVIDE))
                .containsExactly("1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确");
        assertThat(rows.get(OutcomeGroup.NOT_PROCESSED))
                .containsExactly("1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息");
        assertThat(rows.get(OutcomeGroup.OTHER))
                .containsExactly("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他");
        // 22 data rows under 三 minus （七）总计.
        assertThat(ReplyType.values()).hasSize(21);
        assertThat(Arrays.stream(ReplyType.values()).map(Enum::name))
                .allMatch(name -> name.equals("DISCLOSED")
                        || name.equals("PARTIALLY_DISCLOSED")
                        || name.startsWith(ReplyType.valueOf(name).group().name() + "_"));
    }

    @ParameterizedTest
    @EnumSource(ReplyType.class)
    void everyRequiredFieldOfEveryTypeIsChecked(ReplyType type) {
        ReplyContent complete = ReplyContentTest.complete(type);
        List<String> baseline = type.isDraftable() ? List.of() : List.of("replyType");
        assertThat(complete.validate()).extracting(FieldProblem::field).containsExactlyElementsOf(baseline);
        for (ReplyField field : type.requiredFields()) {
            assertThat(ReplyContentTest.without(complete, field).validate())
                    .extracting(FieldProblem::field)
                    .contains(field.apiName());
        }
    }

    @ParameterizedTest
    @EnumSource(ReplyType.class)
    void refusalsAndPartialDisclosuresCarryGroundAndLegalBasisAndEveryAdverseReplyItsRemedies(ReplyType type) {
        assertThat(type.requiredFields()).contains(ReplyField.LEGAL_BASIS);
        if (type.isRefusal()) {
            assertThat(type.requiredFields()).contains(ReplyField.REASONS);
        }
        if (type == ReplyType.PARTIALLY_DISCLOSED) {
            assertThat(type.requiredFields()).contains(ReplyField.WITHHELD_GROUND);
        }
        assertThat(type.requiredFields().contains(ReplyField.RECONSIDERATION_BODY))
                .isEqualTo(type.group() != OutcomeGroup.DISCLOSED);
    }

    @Test
    void reconsiderationComesFirstForRefusalsFrom2024() {
        assertThat(ReplyType.WITHHELD_STATE_SECRET.requiresReconsiderationFirst(LocalDate.of(2024, 1, 1)))
                .isTrue();
        assertThat(ReplyType.PARTIALLY_DISCLOSED.requiresReconsiderationFirst(LocalDate.of(2024, 1, 1)))
                .isTrue();
        assertThat(ReplyType.WITHHELD_STATE_SECRET.requiresReconsiderationFirst(LocalDate.of(2023, 12, 31)))
                .isFalse();
        assertThat(ReplyType.CANNOT_PROVIDE_NOT_HELD.requiresReconsiderationFirst(LocalDate.of(2025, 1, 1)))
                .isFalse();
    }
}
