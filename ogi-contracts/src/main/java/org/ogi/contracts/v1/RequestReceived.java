package org.ogi.contracts.v1;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A request was registered and its received date (Art. 31) is known: every clock starts from here.
 *
 * @param channel         WEB, LETTER, FAX, IN_PERSON or ORAL
 * @param receivedDate    the statutory received date, Asia/Shanghai
 * @param missingContents Art. 29 ¶2 contents the request lacks (empty when complete)
 * @param flags           e.g. INCOMPLETE, POSSIBLE_REPEAT, INVALID_ID_AS_WRITTEN
 * @param possibleRepeatOf tracking numbers of the earlier requests this one possibly repeats (POSSIBLE_REPEAT)
 */
public record RequestReceived(
        String trackingNumber,
        String agency,
        String channel,
        LocalDate receivedDate,
        OffsetDateTime registeredAt,
        Applicant applicant,
        RequestedInformation information,
        Delivery delivery,
        List<String> missingContents,
        List<String> flags,
        List<String> possibleRepeatOf) {

    /**
     * @param type     NATURAL_PERSON or ORGANISATION
     * @param category annual-report column: NATURAL_PERSON, COMMERCIAL_ENTERPRISE, RESEARCH_INSTITUTION,
     *                 SOCIAL_WELFARE_ORGANISATION, LEGAL_SERVICE_INSTITUTION, OTHER
     * @param idNumber masked unless a consumer's role needs it
     * @param userId   the applicant's account for web requests (where online notices go), else null
     * @param legalRepresentative and {@code contactPerson}: for organisations
     */
    public record Applicant(String type, String category, String name, String idType, String idNumber,
            String phone, String email, String address, String userId, String legalRepresentative,
            String contactPerson) {
    }

    public record RequestedInformation(String title, String documentNumber, String description) {
    }

    /** @param form PAPER or ELECTRONIC; @param method POST, EMAIL, PICKUP or ONLINE */
    public record Delivery(String form, String method) {
    }
}
