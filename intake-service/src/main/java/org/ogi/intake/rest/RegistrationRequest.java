package org.ogi.intake.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.ogi.intake.domain.ApplicantType;
import org.ogi.intake.domain.Channel;
import org.ogi.intake.domain.DeliveryForm;
import org.ogi.intake.domain.DeliveryMethod;
import org.ogi.intake.domain.IdType;
import org.ogi.intake.domain.Postage;
import org.ogi.intake.domain.RequestKind;
import org.ogi.intake.service.NewRequest;
import org.ogi.law.ApplicantCategory;

/**
 * A request as a clerk enters it from paper, fax, the counter or dictation, or as an applicant submits it on the
 * web. Missing Art. 29 contents are allowed (the request is flagged incomplete); malformed values are not.
 *
 * @param agency             the agency applied to: required on the web, a clerk's own agency otherwise
 * @param letter             postage and postal dates of a LETTER
 * @param applicantConfirmed for ORAL: the applicant confirmed the form the office filled in for them
 * @param receivedOn         for IN_PERSON and ORAL: the day the applicant handed the request in, when the clerk
 *                           registers it on a later day (Art. 31(一)); default today
 * @param kind               INFORMATION (default) or RECORD_CORRECTION (Art. 41)
 * @param recordCorrection   for RECORD_CORRECTION: the record, the correction and the evidence
 */
public record RegistrationRequest(
        @NotNull Channel channel,

        @Pattern(regexp = AGENCY, message = "must be 1-16 letters or digits")
        String agency,

        @NotNull @Valid Applicant applicant,
        @Valid Information information,
        @Valid Delivery delivery,
        @Valid Letter letter,
        Boolean applicantConfirmed,
        LocalDate receivedOn,
        RequestKind kind,
        @Valid RecordCorrection recordCorrection) {

    /** Printable text: no control characters except line breaks in long fields. */
    static final String SINGLE_LINE = "[^\\p{Cntrl}]*";

    static final String MULTI_LINE = "(?s)[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";
    static final String NOT_BLANK_LINE = "[^\\p{Cntrl}]*[^\\p{Cntrl}\\s][^\\p{Cntrl}]*";
    static final String NO_CONTROL = "must not contain control characters";
    static final String AGENCY = "[A-Za-z0-9]{1,16}";

    /** The request as the service registers it. */
    NewRequest command() {
        Applicant a = applicant;
        return new NewRequest(
                channel,
                agency,
                new NewRequest.Applicant(
                        a.type(),
                        a.category(),
                        a.name(),
                        a.idType(),
                        a.idNumber(),
                        a.phone(),
                        a.email(),
                        a.address(),
                        a.legalRepresentative(),
                        a.contactPerson()),
                information == null
                        ? null
                        : new NewRequest.Information(
                                information.title(), information.documentNumber(), information.description()),
                delivery == null ? null : new NewRequest.Delivery(delivery.form(), delivery.method()),
                letter == null
                        ? null
                        : new NewRequest.Letter(letter.postage(), letter.signedForOn(), letter.postmarkedOn()),
                applicantConfirmed,
                receivedOn,
                kind,
                recordCorrection == null
                        ? null
                        : new NewRequest.RecordCorrection(
                                recordCorrection.record(), recordCorrection.correction(), recordCorrection.evidence()));
    }

    /**
     * An organisation writes its unified social credit code as {@code idType USCC}; a natural person one of the
     * personal documents.
     */
    public record Applicant(
            @NotNull ApplicantType type,
            ApplicantCategory category,

            @Size(max = 200)
            @Pattern(regexp = NOT_BLANK_LINE, message = "must not be blank or contain control characters")
            String name,

            IdType idType,

            @Size(max = 40) @Pattern(regexp = SINGLE_LINE, message = NO_CONTROL)
            String idNumber,

            @Size(max = 40) @Pattern(regexp = "[0-9+()\\- ]*", message = "must be a phone number")
            String phone,

            @Size(max = 200) @Email String email,

            @Size(max = 500) @Pattern(regexp = SINGLE_LINE, message = NO_CONTROL)
            String address,

            @Size(max = 200) @Pattern(regexp = SINGLE_LINE, message = NO_CONTROL)
            String legalRepresentative,

            @Size(max = 200) @Pattern(regexp = SINGLE_LINE, message = NO_CONTROL)
            String contactPerson) {}

    public record Information(
            @Size(max = 500) @Pattern(regexp = SINGLE_LINE, message = NO_CONTROL)
            String title,

            @Size(max = 100) @Pattern(regexp = SINGLE_LINE, message = NO_CONTROL)
            String documentNumber,

            @Size(max = 10000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL)
            String description) {}

    public record Delivery(DeliveryForm form, DeliveryMethod method) {}

    /** Art. 41: the record about the applicant, what is inaccurate and the evidence, one item a line. */
    public record RecordCorrection(
            @Size(max = 500) @Pattern(regexp = SINGLE_LINE, message = NO_CONTROL)
            String record,

            @Size(max = 10000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL)
            String correction,

            @Size(max = 50)
            List<@Size(max = 500) @Pattern(regexp = SINGLE_LINE, message = NO_CONTROL) String> evidence) {}

    /** @param signedForOn the day the agency signed for registered post */
    public record Letter(Postage postage, LocalDate signedForOn, LocalDate postmarkedOn) {}
}
