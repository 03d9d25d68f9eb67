package org.ogi.intake.rest;

import static org.ogi.intake.persistence.InformationRequestEntity.name;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.ogi.intake.domain.IdNumbers;
import org.ogi.intake.domain.RequestFlag;
import org.ogi.intake.persistence.InformationRequestEntity;

/**
 * A registered request as staff and its applicant see it; the identity number is masked unless allowed. The repeat
 * hint names other requests found by an identity number or name and phone anyone can type, so only staff see it.
 */
public record RequestView(
        String trackingNumber,
        String agency,
        String channel,
        String status,
        LocalDate receivedDate,
        OffsetDateTime registeredAt,
        Applicant applicant,
        RegistrationRequest.Information information,
        RegistrationRequest.Delivery delivery,
        RegistrationRequest.Letter letter,
        OffsetDateTime applicantConfirmedAt,
        LocalDate confirmedOn,
        List<String> missingContents,
        List<String> flags,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> possibleRepeatOf,
        String kind,
        RegistrationRequest.RecordCorrection recordCorrection) {

    public record Applicant(
            String type,
            String category,
            String name,
            String idType,
            String idNumber,
            String phone,
            String email,
            String address,
            String legalRepresentative,
            String contactPerson) {}

    static RequestView of(InformationRequestEntity e, boolean fullIdNumber, boolean staff) {
        return new RequestView(
                e.trackingNumber,
                e.agency,
                name(e.channel),
                name(e.status),
                e.receivedDate,
                e.registeredAt,
                new Applicant(
                        name(e.applicantType),
                        name(e.applicantCategory),
                        e.applicantName,
                        name(e.idType),
                        fullIdNumber ? e.idNumber : IdNumbers.mask(e.idNumber),
                        e.phone,
                        e.email,
                        e.address,
                        e.legalRepresentative,
                        e.contactPerson),
                new RegistrationRequest.Information(e.infoTitle, e.infoDocumentNumber, e.infoDescription),
                new RegistrationRequest.Delivery(e.deliveryForm, e.deliveryMethod),
                e.postage == null ? null : new RegistrationRequest.Letter(e.postage, e.signedForOn, e.postmarkedOn),
                e.applicantConfirmedAt,
                e.confirmedOn,
                List.of(e.missingContents),
                staff
                        ? List.of(e.flags)
                        : Arrays.stream(e.flags)
                                .filter(flag -> !flag.equals(RequestFlag.POSSIBLE_REPEAT.name()))
                                .toList(),
                staff ? List.of(e.possibleRepeatOf) : null,
                e.requestKind,
                e.recordToCorrect == null
                        ? null
                        : new RegistrationRequest.RecordCorrection(
                                e.recordToCorrect, e.correctionSought, List.of(e.correctionEvidence)));
    }
}
