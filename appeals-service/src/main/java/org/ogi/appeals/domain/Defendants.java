package org.ogi.appeals.domain;

import org.ogi.law.AppealKind;

/**
 * Who is sued in a suit after reconsideration (ALL Art. 26 ¶2; SPC ALL Interp. Arts. 22, 133): if the body upheld
 * the act or dismissed the claim, the agency and the body are co-defendants; if it changed the act, the body alone.
 * Otherwise (direct suit, or the body revoked the act or did not decide) the agency that replied.
 */
public final class Defendants {

    public enum Role {
        AGENCY,
        CO_DEFENDANT_WITH_BODY,
        BODY_ALONE
    }

    private Defendants() {}

    public static Role agencyRole(AppealKind kind, Outcome reconsiderationOutcome) {
        if (kind != AppealKind.SUIT_AFTER_RECONSIDERATION || reconsiderationOutcome == null) {
            return Role.AGENCY;
        }
        return switch (reconsiderationOutcome) {
            case UPHELD, CLAIM_DISMISSED -> Role.CO_DEFENDANT_WITH_BODY;
            case VARIED -> Role.BODY_ALONE;
            default -> Role.AGENCY;
        };
    }
}
