package org.ogi.cases.domain;

/** What staff can do to a case; each is recorded as a sub-resource of the case. */
public enum CaseAction {
    ACCEPT,
    REQUEST_CORRECTION,
    RECORD_CORRECTION,
    ABANDON,
    ASSIGN,
    START_CONSULTATION,
    RECORD_CONSULTATION_ANSWER,
    EXTEND,
    ISSUE_FEE_NOTICE,
    RECORD_FEE_PAYMENT,
    SAVE_DRAFT,
    SUBMIT_DRAFT,
    PASS_SECRECY_REVIEW,
    RETURN_FROM_SECRECY_REVIEW,
    APPROVE,
    RETURN_FROM_APPROVAL,
    REPLY,
    RECORD_DELIVERY,
    CLOSE,
    WITHDRAW
}
