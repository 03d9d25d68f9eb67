package org.ogi.intake.service;

import java.time.LocalDate;
import java.util.List;
import org.ogi.intake.domain.ApplicantType;
import org.ogi.intake.domain.Channel;
import org.ogi.intake.domain.DeliveryForm;
import org.ogi.intake.domain.DeliveryMethod;
import org.ogi.intake.domain.IdType;
import org.ogi.intake.domain.Postage;
import org.ogi.intake.domain.RequestKind;
import org.ogi.law.ApplicantCategory;

/**
 * A request to register, as a clerk entered it or an applicant submitted it; REST has checked its form. Its JSON
 * (components in declaration order) is the web submission's fingerprint, so the names and order stay as they are.
 *
 * @param agency           the agency applied to: named on the web, a clerk's own agency otherwise
 * @param receivedOn       for IN_PERSON and ORAL: the day the applicant handed the request in (Art. 31(一))
 * @param kind             INFORMATION or RECORD_CORRECTION (Art. 41); null is INFORMATION
 * @param recordCorrection for RECORD_CORRECTION: the record, the correction and the evidence
 */
public record NewRequest(
        Channel channel,
        String agency,
        Applicant applicant,
        Information information,
        Delivery delivery,
        Letter letter,
        Boolean applicantConfirmed,
        LocalDate receivedOn,
        RequestKind kind,
        RecordCorrection recordCorrection) {

    public record Applicant(
            ApplicantType type,
            ApplicantCategory category,
            String name,
            IdType idType,
            String idNumber,
            String phone,
            String email,
            String address,
            String legalRepresentative,
            String contactPerson) {}

    public record Information(String title, String documentNumber, String description) {}

    public record Delivery(DeliveryForm form, DeliveryMethod method) {}

    /** Art. 41: the record about the applicant, what is inaccurate and the evidence. */
    public record RecordCorrection(String record, String correction, List<String> evidence) {}

    /** @param signedForOn the day the agency signed for registered post */
    public record Letter(Postage postage, LocalDate signedForOn, LocalDate postmarkedOn) {}
}
