package org.ogi.archfixture.clean.domain;

/** Fixture: a plain domain rule. */
public final class Rule {
    public static boolean applies(int days) {
        return days <= 20;
    }
}
