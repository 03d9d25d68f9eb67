package org.ogi.intake.service;

import org.ogi.intake.persistence.InformationRequestEntity;
import org.ogi.platform.problem.ProblemException;

/**
 * Who calls: staff of an agency, or an applicant (no agency).
 *
 * @param agency      the staff member's agency; null for applicants
 * @param intakeClerk registers requests for the agency and needs the full identity number
 * @param applicant   submits their own requests on the web and sees only those
 */
public record Requester(String agency, String userId, String userName, boolean intakeClerk, boolean applicant) {

    public boolean isStaff() {
        return agency != null;
    }

    /** A clerk of an agency registers for it; everyone else who may register submits their own. */
    public boolean registersForAgency() {
        return intakeClerk && isStaff();
    }

    /** Staff see their agency's requests; an applicant only their own. */
    public boolean sees(InformationRequestEntity request) {
        if (isStaff()) {
            return agency.equals(request.agency);
        }
        return applicant && userId.equals(request.applicantUserId);
    }

    /** The agency of a staff caller; a staff account without one may not act on any agency's data. */
    public String staffAgency() {
        if (!isStaff()) {
            throw ProblemException.forbidden("your account is not assigned to an agency");
        }
        return agency;
    }
}
