package org.ogi.intake.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.ogi.platform.persistence.MultiRowInsert;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

@Entity
@Table(name = "information_request")
public class InformationRequestEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "tracking_number")
    public String trackingNumber;
    public String agency;
    public String channel;
    public String status;
    @Column(name = "received_date")
    public LocalDate receivedDate;
    @Column(name = "registered_at")
    public OffsetDateTime registeredAt;
    @Column(name = "registered_by")
    public String registeredBy;
    @Column(name = "applicant_user_id")
    public String applicantUserId;
    @Column(name = "applicant_type")
    public String applicantType;
    @Column(name = "applicant_category")
    public String applicantCategory;
    @Column(name = "applicant_name")
    public String applicantName;
    @Column(name = "id_type")
    public String idType;
    @Column(name = "id_number")
    public String idNumber;
    public String phone;
    public String email;
    public String address;
    @Column(name = "info_title")
    public String infoTitle;
    @Column(name = "info_document_no")
    public String infoDocumentNumber;
    @Column(name = "info_description")
    public String infoDescription;
    @Column(name = "delivery_form")
    public String deliveryForm;
    @Column(name = "delivery_method")
    public String deliveryMethod;
    public String postage;
    @Column(name = "signed_for_on")
    public LocalDate signedForOn;
    @Column(name = "postmarked_on")
    public LocalDate postmarkedOn;
    @Column(name = "applicant_confirmed_at")
    public OffsetDateTime applicantConfirmedAt;
    @Column(name = "confirmed_on")
    public LocalDate confirmedOn;
    @Column(name = "confirmed_by")
    public String confirmedBy;
    @Column(name = "legal_representative")
    public String legalRepresentative;
    @Column(name = "contact_person")
    public String contactPerson;
    /** INFORMATION or RECORD_CORRECTION (Art. 41). */
    @Column(name = "request_kind")
    public String requestKind = "INFORMATION";
    @Column(name = "record_to_correct")
    public String recordToCorrect;
    @Column(name = "correction_sought")
    public String correctionSought;
    @Column(name = "correction_evidence")
    public String[] correctionEvidence = {};
    @Column(name = "missing_contents")
    public String[] missingContents = {};
    public String[] flags = {};
    @Column(name = "possible_repeat_of")
    public String[] possibleRepeatOf = {};
    @Column(name = "identity_key")
    public String identityKey;
    @Column(name = "name_phone_key")
    public String namePhoneKey;
    @Column(name = "idempotency_key")
    public String idempotencyKey;
    /** SHA-256 of the web submission's body, so a reused key with a different body is recognised. */
    @Column(name = "request_fingerprint")
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

    /** Stores new requests with one statement; they stay detached and without their database id. */
    public static Uni<Void> insertAll(List<InformationRequestEntity> requests) {
        return Panache.getSession().chain(session -> INSERT.execute(session, requests)).replaceWithVoid();
    }

    public static Uni<InformationRequestEntity> findByTrackingNumber(String trackingNumber) {
        return find("trackingNumber", trackingNumber).firstResult();
    }

    public static Uni<InformationRequestEntity> findByIdempotencyKey(String applicantUserId, String key) {
        return find("applicantUserId = ?1 and idempotencyKey = ?2", applicantUserId, key).firstResult();
    }
}
