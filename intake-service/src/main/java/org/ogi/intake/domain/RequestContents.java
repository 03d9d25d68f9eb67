package org.ogi.intake.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a request says under Art. 29 ¶2, reduced to what decides completeness.
 *
 * @param contacts     phone, e-mail, address: one is enough
 * @param descriptions title, document number, description: one is enough
 */
public record RequestContents(
        String name,
        IdType idType,
        String idNumber,
        List<String> contacts,
        List<String> descriptions,
        DeliveryForm form,
        DeliveryMethod method) {

    public static List<String> anyOf(String... values) {
        return Arrays.asList(values);
    }

    public List<MissingContent> missing() {
        List<MissingContent> missing = new ArrayList<>();
        if (blank(name)) {
            missing.add(MissingContent.NAME);
        }
        if (idType == null || blank(idNumber)) {
            missing.add(MissingContent.IDENTITY_PROOF);
        }
        if (contacts.stream().allMatch(RequestContents::blank)) {
            missing.add(MissingContent.CONTACT);
        }
        if (descriptions.stream().allMatch(RequestContents::blank)) {
            missing.add(MissingContent.INFORMATION_DESCRIPTION);
        }
        if (form == null || method == null) {
            missing.add(MissingContent.FORM_AND_DELIVERY);
        }
        return List.copyOf(missing);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
