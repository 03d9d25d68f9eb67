package org.ogi.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContactTest {

    @Test
    void theStatedPreferenceComesFirstThenTheContactDataThatExists() {
        Contact contact = new Contact("张三", "a@example.cn", "13800138000", "北京市", null, NotificationChannel.POST);
        assertThat(contact.channels())
                .containsExactly(NotificationChannel.POST, NotificationChannel.EMAIL, NotificationChannel.SMS);
        assertThat(contact.after(NotificationChannel.POST)).contains(NotificationChannel.EMAIL);
        assertThat(contact.after(NotificationChannel.SMS)).isEmpty();
    }

    @Test
    void withoutAPreferenceEmailThenSmsThenPost() {
        assertThat(new Contact("张三", " ", "13800138000", "北京市", "u1", null).channels())
                .containsExactly(NotificationChannel.SMS, NotificationChannel.POST);
    }

    @Test
    void aPreferenceWithoutItsContactDataIsSkippedAndPortalOnlyMeansNoDeliveringChannel() {
        assertThat(new Contact("张三", null, "13800138000", null, "u1", NotificationChannel.EMAIL).channels())
                .containsExactly(NotificationChannel.SMS);
        assertThat(new Contact("张三", null, null, null, "u1", NotificationChannel.PORTAL).channels())
                .isEqualTo(List.of());
    }

    @Test
    void theRequestsDeliveryMethodIsTheStatedPreference() {
        assertThat(Contact.preferenceOf("EMAIL")).isEqualTo(NotificationChannel.EMAIL);
        assertThat(Contact.preferenceOf("POST")).isEqualTo(NotificationChannel.POST);
        assertThat(Contact.preferenceOf("ONLINE")).isEqualTo(NotificationChannel.PORTAL);
        assertThat(Contact.preferenceOf("PICKUP")).isNull();
    }

    @Test
    void addressesAndNumbersAreMaskedForRolesThatDoNotNeedThem() {
        assertThat(PersonalData.mask(NotificationChannel.EMAIL, "zhangsan@example.cn"))
                .isEqualTo("z*******@example.cn");
        assertThat(PersonalData.mask(NotificationChannel.SMS, "13800138000")).isEqualTo("138****8000");
        assertThat(PersonalData.mask(NotificationChannel.POST, "北京市东城区景山前街4号")).isEqualTo("北京市******");
    }
}
