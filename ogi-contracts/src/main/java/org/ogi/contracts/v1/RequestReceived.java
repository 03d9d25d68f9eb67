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
 * @param agencyName      the agency's name from intake's directory, for letters (null in events before it was added)
 * @param kind            {@link #INFORMATION} (Art. 27) or {@link #RECORD_CORRECTION} (Art. 41); null in events
 *                        before it was added means INFORMATION
 * @param recordCorrection what an Art. 41 request asks to correct and its evidence; null for INFORMATION
 * @param applicantRequestsInMonth the same applicant's requests to this agency received in the calendar month of
 *                        {@code receivedDate}, this one included (fee measures Art. 4 「一个自然月内累计申请」),
 *                        counted from intake's records; null in events before it was added
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
        List<String> possibleRepeatOf,
        String agencyName,
        String kind,
        RecordCorrection recordCorrection,
        Integer applicantRequestsInMonth) {

    public static final String INFORMATION = "INFORMATION";
    public static final String RECORD_CORRECTION = "RECORD_CORRECTION";

    /**
     * @param type     NATURAL_PERSON or ORGANISATION
     * @param category annual-report column: NATURAL_PERSON, COMMERCIAL_ENTERPRISE, RESEARCH_INSTITUTION,
     *                 SOCIAL_WELFARE_ORGANISATION, LEGAL_SERVICE_INSTITUTION, OTHER
     * @param idNumber masked unless a consumer's role needs it
     * @param userId   the applicant's account for web requests (where online notices go), else null
     * @param legalRepresentative and {@code contactPerson}: for organisations
     */
    public record Applicant(
            String type,
            String category,
            String name,
            String idType,
            String idNumber,
            String phone,
            String email,
            String address,
            String userId,
            String legalRepresentative,
            String contactPerson) {}

    public record RequestedInformation(String title, String documentNumber, String description) {}

    /**
     * Art. 41: a record about the applicant that the agency provided and the applicant says is inaccurate.
     *
     * @param record     the record (title, number or description)
     * @param correction what is inaccurate and what the applicant asks it to say
     * @param evidence   the evidence the applicant gave, one item a line (Art. 41 「有证据证明」)
     */
    public record RecordCorrection(String record, String correction, List<String> evidence) {}

    /** @param form PAPER or ELECTRONIC; @param method POST, EMAIL, PICKUP or ONLINE */
    public record Delivery(String form, String method) {}
}
