package org.ogi.archfixture.other.domain;

/** Fixture: another service's domain rule. */
public final class Rule {
    public static boolean applies(int days) {
        return days <= 15;
    }
}
