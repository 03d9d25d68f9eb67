package org.ogi.intake.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.ogi.intake.domain.ApplicantType;
import org.ogi.intake.domain.Channel;
import org.ogi.intake.domain.DeliveryForm;
import org.ogi.intake.domain.DeliveryMethod;
import org.ogi.intake.domain.IdType;
import org.ogi.intake.domain.Postage;
import org.ogi.intake.domain.RequestStatus;
import org.ogi.law.ApplicantCategory;
import org.ogi.platform.persistence.MultiRowInsert;

@Entity
@Table(name = "information_request")
public class InformationRequestEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String trackingNumber;
    public String agency;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    public RequestStatus status;

    public LocalDate receivedDate;
    public OffsetDateTime registeredAt;
    public String registeredBy;
    public String applicantUserId;

    @Enumerated(EnumType.STRING)
    public ApplicantType applicantType;

    @Enumerated(EnumType.STRING)
    public ApplicantCategory applicantCategory;

    public String applicantName;

    @Enumerated(EnumType.STRING)
    public IdType idType;

    public String idNumber;
    public String phone;
    public String email;
    public String address;
    public String infoTitle;

    @Column(name = "info_document_no")
    public String infoDocumentNumber;

    public String infoDescription;

    @Enumerated(EnumType.STRING)
    public DeliveryForm deliveryForm;

    @Enumerated(EnumType.STRING)
    public DeliveryMethod deliveryMethod;

    @Enumerated(EnumType.STRING)
    public Postage postage;

    public LocalDate signedForOn;
    public LocalDate postmarkedOn;
    public OffsetDateTime applicantConfirmedAt;
    public LocalDate confirmedOn;
    public String confirmedBy;
    public String legalRepresentative;
    public String contactPerson;
    /** INFORMATION or RECORD_CORRECTION (Art. 41). */
    public String requestKind = "INFORMATION";

    public String recordToCorrect;
    public String correctionSought;
    public String[] correctionEvidence = {};
    public String[] missingContents = {};
    public String[] flags = {};
    public String[] possibleRepeatOf = {};
    public String identityKey;
    public String namePhoneKey;
    public String idempotencyKey;
    /** SHA-256 of the web submission's body, so a reused key with a different body is recognised. */
    public String requestFingerprint;

    @Version
    public long version;

    private static final MultiRowInsert<InformationRequestEntity> INSERT =
            MultiRowInsert.<InformationRequestEntity>into("information_request")
                    .set("tracking_number", r -> r.trackingNumber)
                    .set("agency", r -> r.agency)
                    .set("channel", r -> r.channel)
                    .set("status", r -> r.status)
                    .set("received_date", r -> r.receivedDate)
                    .set("registered_at", r -> r.registeredAt)
                    .set("registered_by", r -> r.registeredBy)
                    .set("applicant_user_id", r -> r.applicantUserId)
                    .set("applicant_type", r -> r.applicantType)
                    .set("applicant_category", r -> r.applicantCategory)
                    .set("applicant_name", r -> r.applicantName)
                    .set("id_type", r -> r.idType)
                    .set("id_number", r -> r.idNumber)
                    .set("phone", r -> r.phone)
                    .set("email", r -> r.email)
                    .set("address", r -> r.address)
                    .set("info_title", r -> r.infoTitle)
                    .set("info_document_no", r -> r.infoDocumentNumber)
                    .set("info_description", r -> r.infoDescription)
                    .set("delivery_form", r -> r.deliveryForm)
                    .set("delivery_method", r -> r.deliveryMethod)
                    .set("postage", r -> r.postage)
                    .set("signed_for_on", r -> r.signedForOn)
                    .set("postmarked_on", r -> r.postmarkedOn)
                    .set("applicant_confirmed_at", r -> r.applicantConfirmedAt)
                    .set("confirmed_on", r -> r.confirmedOn)
                    .set("confirmed_by", r -> r.confirmedBy)
                    .set("legal_representative", r -> r.legalRepresentative)
                    .set("contact_person", r -> r.contactPerson)
                    .set("request_kind", r -> r.requestKind)
                    .set("record_to_correct", r -> r.recordToCorrect)
                    .set("correction_sought", r -> r.correctionSought)
                    .set("correction_evidence", r -> r.correctionEvidence)
                    .set("missing_contents", r -> r.missingContents)
                    .set("flags", r -> r.flags)
                    .set("possible_repeat_of", r -> r.possibleRepeatOf)
                    .set("identity_key", r -> r.identityKey)
                    .set("name_phone_key", r -> r.namePhoneKey)
                    .set("idempotency_key", r -> r.idempotencyKey)
                    .set("request_fingerprint", r -> r.requestFingerprint)
                    .set("version", r -> r.version);

    /** An enum's name, as {@code @Enumerated(STRING)} stores it, or null. */
    public static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** Stores new requests with one statement; they stay detached and without their database id. */
    public static Uni<Void> insertAll(List<InformationRequestEntity> requests) {
        return Panache.getSession()
                .chain(session -> INSERT.execute(session, requests))
                .replaceWithVoid();
    }

    public static Uni<InformationRequestEntity> findByTrackingNumber(String trackingNumber) {
        return find("trackingNumber", trackingNumber).firstResult();
    }

    public static Uni<InformationRequestEntity> findByIdempotencyKey(String applicantUserId, String key) {
        return find("applicantUserId = ?1 and idempotencyKey = ?2", applicantUserId, key)
                .firstResult();
    }
}
