package org.ogi.testsupport;

import java.time.LocalDate;
import org.ogi.contracts.v1.CaseEvents;
import org.ogi.contracts.v1.CaseTransitioned;

/**
 * A {@link CaseEvents.Replied} for tests that feed a consumer. The record has one constructor (Jackson decodes older
 * events through it); a field a test does not set stays null, as on the events published before it existed.
 */
public final class RepliedBuilder {

    private final CaseTransitioned transition;
    private final String replyType;
    private final LocalDate repliedOn;
    private String outcomeGroup;
    private String legalBasis;
    private String deliveryMethod;
    private String applicantCategory;
    private String repeatOf;
    private Boolean remediesTold;
    private String replyTypeLabel;
    private String letterText;
    private String letterSha256;

    private RepliedBuilder(CaseTransitioned transition, String replyType, LocalDate repliedOn) {
        this.transition = transition;
        this.replyType = replyType;
        this.repliedOn = repliedOn;
    }

    public static RepliedBuilder replied(CaseTransitioned transition, String replyType, LocalDate repliedOn) {
        return new RepliedBuilder(transition, replyType, repliedOn);
    }

    public RepliedBuilder outcomeGroup(String outcomeGroup) {
        this.outcomeGroup = outcomeGroup;
        return this;
    }

    public RepliedBuilder legalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
        return this;
    }

    public RepliedBuilder deliveryMethod(String deliveryMethod) {
        this.deliveryMethod = deliveryMethod;
        return this;
    }

    public RepliedBuilder applicantCategory(String applicantCategory) {
        this.applicantCategory = applicantCategory;
        return this;
    }

    public RepliedBuilder repeatOf(String repeatOf) {
        this.repeatOf = repeatOf;
        return this;
    }

    public RepliedBuilder remediesTold(Boolean remediesTold) {
        this.remediesTold = remediesTold;
        return this;
    }

    public RepliedBuilder replyTypeLabel(String replyTypeLabel) {
        this.replyTypeLabel = replyTypeLabel;
        return this;
    }

    /** The letter as sent and its SHA-256. */
    public RepliedBuilder letter(String letterText, String letterSha256) {
        this.letterText = letterText;
        this.letterSha256 = letterSha256;
        return this;
    }

    public CaseEvents.Replied build() {
        return new CaseEvents.Replied(
                transition,
                replyType,
                outcomeGroup,
                repliedOn,
                legalBasis,
                deliveryMethod,
                applicantCategory,
                repeatOf,
                remediesTold,
                replyTypeLabel,
                letterText,
                letterSha256);
    }
}
