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
            MultiRowInsert.<InformationRequestEntity>into("InformationRequestEntity")
            .set("trackingNumber", r -> r.trackingNumber)
            .set("agency", r -> r.agency)
            .set("channel", r -> r.channel)
            .set("status", r -> r.status)
            .set("receivedDate", r -> r.receivedDate)
            .set("registeredAt", r -> r.registeredAt)
            .set("registeredBy", r -> r.registeredBy)
            .set("applicantUserId", r -> r.applicantUserId)
            .set("applicantType", r -> r.applicantType)
            .set("applicantCategory", r -> r.applicantCategory)
            .set("applicantName", r -> r.applicantName)
            .set("idType", r -> r.idType)
            .set("idNumber", r -> r.idNumber)
            .set("phone", r -> r.phone)
            .set("email", r -> r.email)
            .set("address", r -> r.address)
            .set("infoTitle", r -> r.infoTitle)
            .set("infoDocumentNumber", r -> r.infoDocumentNumber)
            .set("infoDescription", r -> r.infoDescription)
            .set("deliveryForm", r -> r.deliveryForm)
            .set("deliveryMethod", r -> r.deliveryMethod)
            .set("postage", r -> r.postage)
            .set("signedForOn", r -> r.signedForOn)
            .set("postmarkedOn", r -> r.postmarkedOn)
            .set("applicantConfirmedAt", r -> r.applicantConfirmedAt)
            .set("confirmedOn", r -> r.confirmedOn)
            .set("confirmedBy", r -> r.confirmedBy)
            .set("legalRepresentative", r -> r.legalRepresentative)
            .set("contactPerson", r -> r.contactPerson)
            .set("missingContents", r -> r.missingContents)
            .set("flags", r -> r.flags)
            .set("possibleRepeatOf", r -> r.possibleRepeatOf)
            .set("identityKey", r -> r.identityKey)
            .set("namePhoneKey", r -> r.namePhoneKey)
            .set("idempotencyKey", r -> r.idempotencyKey)
            .set("requestFingerprint", r -> r.requestFingerprint)
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
