package org.ogi.cases.domain;

/** A {@link ReplyContent} for tests: a field not set is null, or false for the flags. */
final class ReplyContentBuilder {

    private final ReplyType type;
    private boolean alreadyPublished;
    private String publicationLocation;
    private ReplyType withheldGround;
    private String legalBasis;
    private String reasons;
    private boolean notThisAgency;
    private String responsibleAgency;
    private String responsibleAgencyContact;
    private boolean responsibleAgencyUnknown;
    private String reconsiderationBody;
    private String repeatOf;
    private String specialLaw;
    private String publicInterestReasons;

    private ReplyContentBuilder(ReplyType type) {
        this.type = type;
    }

    static ReplyContentBuilder of(ReplyType type) {
        return new ReplyContentBuilder(type);
    }

    ReplyContentBuilder alreadyPublished(boolean value) {
        alreadyPublished = value;
        return this;
    }

    ReplyContentBuilder publicationLocation(String value) {
        publicationLocation = value;
        return this;
    }

    ReplyContentBuilder withheldGround(ReplyType value) {
        withheldGround = value;
        return this;
    }

    ReplyContentBuilder legalBasis(String value) {
        legalBasis = value;
        return this;
    }

    ReplyContentBuilder reasons(String value) {
        reasons = value;
        return this;
    }

    ReplyContentBuilder notThisAgency(boolean value) {
        notThisAgency = value;
        return this;
    }

    ReplyContentBuilder responsibleAgency(String value) {
        responsibleAgency = value;
        return this;
    }

    ReplyContentBuilder responsibleAgencyContact(String value) {
        responsibleAgencyContact = value;
        return this;
    }

    ReplyContentBuilder responsibleAgencyUnknown(boolean value) {
        responsibleAgencyUnknown = value;
        return this;
    }

    ReplyContentBuilder reconsiderationBody(String value) {
        reconsiderationBody = value;
        return this;
    }

    ReplyContentBuilder repeatOf(String value) {
        repeatOf = value;
        return this;
    }

    ReplyContentBuilder specialLaw(String value) {
        specialLaw = value;
        return this;
    }

    ReplyContentBuilder publicInterestReasons(String value) {
        publicInterestReasons = value;
        return this;
    }

    ReplyContent build() {
        return new ReplyContent(
                type,
                alreadyPublished,
                publicationLocation,
                withheldGround,
                legalBasis,
                reasons,
                notThisAgency,
                responsibleAgency,
                responsibleAgencyContact,
                responsibleAgencyUnknown,
                reconsiderationBody,
                repeatOf,
                specialLaw,
                publicInterestReasons);
    }
}
