package org.ogi.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequestContentsTest {

    @Test
    void aCompleteRequestMissesNothing() {
        RequestContents contents = new RequestContents(
                "张三",
                IdType.RESIDENT_ID,
                "11010519491231002X",
                RequestContents.anyOf("13800138000", null, null),
                RequestContents.anyOf(null, "京财预〔2025〕1号", null),
                DeliveryForm.PAPER,
                DeliveryMethod.POST);

        assertThat(contents.missing()).isEmpty();
    }

    @Test
    void everyMissingArticle29ContentIsListed() {
        RequestContents contents = new RequestContents(
                null,
                IdType.RESIDENT_ID,
                " ",
                RequestContents.anyOf(null, "", null),
                List.of(),
                DeliveryForm.PAPER,
                null);

        assertThat(contents.missing())
                .containsExactly(
                        MissingContent.NAME,
                        MissingContent.IDENTITY_PROOF,
                        MissingContent.CONTACT,
                        MissingContent.INFORMATION_DESCRIPTION,
                        MissingContent.FORM_AND_DELIVERY);
    }
}
