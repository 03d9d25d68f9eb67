package org.ogi.intake.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ogi.intake.domain.ApplicantCategory;
import org.ogi.intake.domain.ApplicantType;
import org.ogi.intake.domain.Channel;
import org.ogi.intake.domain.DeliveryForm;
import org.ogi.intake.domain.DeliveryMethod;
import org.ogi.intake.domain.IdType;

/** What an intake clerk enters for a request handed in at the counter or dictated orally. */
public record RegistrationRequest(
        @NotNull Channel channel,
        @NotNull @Valid Applicant applicant,
        @NotNull @Valid Information information,
        @Valid Delivery delivery) {

    /** Printable text: no control characters except line breaks in long fields. */
    static final String SINGLE_LINE = "[^\\p{Cntrl}]*";
    static final String MULTI_LINE = "(?s)[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";
    static final String NO_CONTROL = "must not contain control characters";

    public record Applicant(
            @NotNull ApplicantType type,
            ApplicantCategory category,
            @NotBlank @Size(max = 200) @Pattern(regexp = SINGLE_LINE, message = NO_CONTROL) String name,
            IdType idType,
            @Size(max = 40) @Pattern(regexp = SINGLE_LINE, message = NO_CONTROL) String idNumber,
            @Size(max = 40) @Pattern(regexp = SINGLE_LINE, message = NO_CONTROL) String phone,
            @Size(max = 200) @Email String email,
            @Size(max = 500) @Pattern(regexp = SINGLE_LINE, message = NO_CONTROL) String address) {
    }

    public record Information(
            @Size(max = 500) @Pattern(regexp = SINGLE_LINE, message = NO_CONTROL) String title,
            @Size(max = 100) @Pattern(regexp = SINGLE_LINE, message = NO_CONTROL) String documentNumber,
            @Size(max = 10000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL) String description) {
    }

    public record Delivery(DeliveryForm form, DeliveryMethod method) {
    }
}
