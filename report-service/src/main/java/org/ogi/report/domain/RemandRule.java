package org.ogi.report.domain;

/**
 * How a case reopened after a remand (an appeal's decision ordered a new reply) counts in table 三. The format says
 * nothing (UNCONFIRMED); either way the case counts once, in the year of its first final outcome, so 一 + 二 =
 * （七） + 四 holds in every year.
 */
public enum RemandRule {
    /** Default: a new reply in the same year replaces the row (the published figure shows the final answer). */
    LATEST_IN_YEAR,
    /** The first reply's row stays. */
    FIRST
}
