package org.ogi.web.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FormJsonTest {

    @Test
    void dottedInputNamesBecomeTheNestedBodyAndEmptyInputsAreLeftToTheServicesDefaults() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("channel", "IN_PERSON");
        form.put("applicant.name", " 张三 ");
        form.put("applicant.email", "");
        form.put("information.title", "2025年预算");
        form.put("_idempotencyKey", "k-1");

        assertThat(FormJson.of(form).toString())
                .isEqualTo("{\"channel\":\"IN_PERSON\",\"applicant\":{\"name\":\"张三\"},"
                        + "\"information\":{\"title\":\"2025年预算\"}}");
    }

    @Test
    void aListInputIsOneItemALine() {
        Map<String, String> form = Map.of("itemsToCorrect", "身份证复印件\n\n 所需信息的名称 \n");

        assertThat(FormJson.of(form, Set.of("itemsToCorrect")).toString())
                .isEqualTo("{\"itemsToCorrect\":[\"身份证复印件\",\"所需信息的名称\"]}");
    }
}
