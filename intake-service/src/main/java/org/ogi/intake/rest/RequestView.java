package org.ogi.intake.rest;

import org.ogi.intake.domain.IdNumbers;
import org.ogi.intake.persistence.InformationRequestEntity;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A registered request as staff and its applicant see it; the identity number is masked unless allowed. */
public record RequestView(
        String trackingNumber,
        String agency,
        String channel,
        String status,
        LocalDate receivedDate,
        OffsetDateTime registeredAt,
        Applicant applicant,
        RegistrationRequest.Information information,
        RegistrationRequest.Delivery delivery) {

    public record Applicant(String type, String category, String name, String idType, String idNumber,
            String phone, String email, String address) {
    }

    static RequestView of(InformationRequestEntity e, boolean fullIdNumber) {
        return new RequestView(e.trackingNumber, e.agency, e.channel, e.status, e.receivedDate, e.registeredAt,
                new Applicant(e.applicantType, e.applicantCategory, e.applicantName, e.idType,
                        fullIdNumber ? e.idNumber : IdNumbers.mask(e.idNumber), e.phone, e.email, e.address),
                new RegistrationRequest.Information(e.infoTitle, e.infoDocumentNumber, e.infoDescription),
                new RegistrationRequest.Delivery(
                        e.deliveryForm == null ? null : org.ogi.intake.domain.DeliveryForm.valueOf(e.deliveryForm),
                        e.deliveryMethod == null ? null : org.ogi.intake.domain.DeliveryMethod.valueOf(e.deliveryMethod)));
    }
}
