package org.ogi.appeals.domain;

/** 行政复议 or 行政诉讼 against a reply or a failure to reply. */
public enum AppealKind {
    RECONSIDERATION, LITIGATION
}
