package org.ogi.cases.domain;

/** What staff (and, to withdraw, the applicant) can do to a case; each is recorded as a sub-resource of the case. */
public enum CaseAction {
    ACCEPT,
    REQUEST_CORRECTION,
    RECORD_CORRECTION,
    ABANDON,
    ASSIGN,
    START_CONSULTATION,
    /** Arts. 32, 34: the day the consulted party received the letter, when entered after the start. */
    RECORD_CONSULTATION_LETTER_RECEIPT,
    RECORD_CONSULTATION_ANSWER,
    /** Art. 32: written notice to an objecting third party before disclosure in the public interest. */
    NOTIFY_THIRD_PARTY,
    EXTEND,
    /** Art. 35: ask the applicant to state reasons for the volume or frequency of their requests. */
    REQUEST_REASONS,
    /** Art. 35: the agency's decision on those reasons, with a longer reply date where it sets one. */
    DECIDE_ON_REASONS,
    ISSUE_FEE_NOTICE,
    /** Fee measures: the day the applicant received the fee notice; the payment period runs from the next day. */
    RECORD_FEE_NOTICE_RECEIPT,
    RECORD_FEE_PAYMENT,
    SAVE_DRAFT,
    SUBMIT_DRAFT,
    PASS_SECRECY_REVIEW,
    RETURN_FROM_SECRECY_REVIEW,
    APPROVE,
    RETURN_FROM_APPROVAL,
    REPLY,
    /** Art. 41: the agency's check of a correction request and its outcome, sent to the applicant. */
    DECIDE_RECORD_CORRECTION,
    RECORD_DELIVERY,
    CLOSE,
    WITHDRAW,
    /** An appeal's decision ordering a new reply, as legal staff recorded it in appeals-service. */
    REOPEN
}
