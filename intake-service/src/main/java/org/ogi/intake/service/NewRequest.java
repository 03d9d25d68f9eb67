package org.ogi.intake.service;

import org.ogi.intake.domain.ApplicantCategory;
import org.ogi.intake.domain.ApplicantType;
import org.ogi.intake.domain.Channel;
import org.ogi.intake.domain.DeliveryForm;
import org.ogi.intake.domain.DeliveryMethod;
import org.ogi.intake.domain.IdType;
import org.ogi.intake.domain.Postage;

import java.time.LocalDate;

/**
 * A request to register, as a clerk entered it or an applicant submitted it; REST has checked its form. Its JSON
 * (components in declaration order) is the web submission's fingerprint, so the names and order stay as they are.
 *
 * @param agency the agency applied to: named on the web, a clerk's own agency otherwise
 */
public record NewRequest(Channel channel, String agency, Applicant applicant, Information information,
        Delivery delivery, Letter letter, Boolean applicantConfirmed) {

    public record Applicant(ApplicantType type, ApplicantCategory category, String name, IdType idType,
            String idNumber, String phone, String email, String address, String legalRepresentative,
            String contactPerson) {
    }

    public record Information(String title, String documentNumber, String description) {
    }

    public record Delivery(DeliveryForm form, DeliveryMethod method) {
    }

    /** @param signedForOn the day the agency signed for registered post */
    public record Letter(Postage postage, LocalDate signedForOn, LocalDate postmarkedOn) {
    }
}
