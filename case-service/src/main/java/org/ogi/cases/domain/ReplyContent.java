package org.ogi.cases.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The decision a reply letter communicates.
 *
 * @param alreadyPublished         Art. 36(一): the information was published; {@code publicationLocation} says where
 * @param withheldGround           for a partial disclosure, the table 三 ground of the withheld part
 * @param notThisAgency            Art. 36(五): another agency is responsible for disclosing the information
 * @param responsibleAgencyUnknown the responsible agency cannot be identified, so the letter cannot name it
 * @param reconsiderationBody      the 复议机关 the letter names in its remedies
 */
public record ReplyContent(ReplyType type, boolean alreadyPublished, String publicationLocation,
        ReplyType withheldGround, String legalBasis, String reasons, boolean notThisAgency, String responsibleAgency,
        String responsibleAgencyContact, boolean responsibleAgencyUnknown, String reconsiderationBody) {

    /** Everything missing or contradictory, by API field; empty when the reply may be sent. */
    public List<FieldProblem> validate() {
        List<FieldProblem> problems = new ArrayList<>();
        if (type == null) {
            problems.add(new FieldProblem("replyType", "must not be null"));
            return problems;
        }
        if (!type.isDraftable()) {
            problems.add(new FieldProblem("replyType", type + " is recorded when the case is deemed abandoned"));
        }
        for (ReplyField field : type.requiredFields()) {
            if (!present(field)) {
                problems.add(new FieldProblem(field.apiName(), "is required for " + type));
            }
        }
        if (withheldGround != null && (type != ReplyType.PARTIALLY_DISCLOSED
                || withheldGround.group() != OutcomeGroup.WITHHELD)) {
            problems.add(new FieldProblem("withheldGround",
                    "names a WITHHELD_* ground, and only for PARTIALLY_DISCLOSED"));
        }
        if (alreadyPublished && type != ReplyType.DISCLOSED) {
            problems.add(new FieldProblem("alreadyPublished", "applies to DISCLOSED only"));
        }
        if (alreadyPublished && blank(publicationLocation)) {
            problems.add(new FieldProblem("publicationLocation", "says where the published information is"));
        }
        validateResponsibleAgency(problems);
        return problems;
    }

    /** Art. 36(五): name the responsible agency and its contact, unless it cannot be identified. */
    private void validateResponsibleAgency(List<FieldProblem> problems) {
        boolean named = !blank(responsibleAgency) || !blank(responsibleAgencyContact);
        if (!notThisAgency) {
            if (named || responsibleAgencyUnknown) {
                problems.add(new FieldProblem("notThisAgency", "must be true to name a responsible agency"));
            }
            return;
        }
        if (type != ReplyType.CANNOT_PROVIDE_NOT_HELD) {
            problems.add(new FieldProblem("notThisAgency", "applies to CANNOT_PROVIDE_NOT_HELD only"));
        }
        if (responsibleAgencyUnknown) {
            if (named) {
                problems.add(new FieldProblem("responsibleAgencyUnknown", "contradicts the named agency"));
            }
            return;
        }
        if (blank(responsibleAgency)) {
            problems.add(new FieldProblem(ReplyField.RESPONSIBLE_AGENCY.apiName(),
                    "names the agency responsible for the information, or set responsibleAgencyUnknown"));
        }
        if (blank(responsibleAgencyContact)) {
            problems.add(new FieldProblem(ReplyField.RESPONSIBLE_AGENCY_CONTACT.apiName(),
                    "gives the responsible agency's contact, or set responsibleAgencyUnknown"));
        }
    }

    private boolean present(ReplyField field) {
        return switch (field) {
            case LEGAL_BASIS -> !blank(legalBasis);
            case REASONS -> !blank(reasons);
            case WITHHELD_GROUND -> withheldGround != null;
            case PUBLICATION_LOCATION -> !blank(publicationLocation);
            case RESPONSIBLE_AGENCY -> !blank(responsibleAgency);
            case RESPONSIBLE_AGENCY_CONTACT -> !blank(responsibleAgencyContact);
            case RECONSIDERATION_BODY -> !blank(reconsiderationBody);
        };
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
