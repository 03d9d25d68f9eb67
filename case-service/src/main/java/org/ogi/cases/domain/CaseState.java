package org.ogi.cases.domain;

/** Where a case stands in the workflow. */
public enum CaseState {
    RECEIVED
}
