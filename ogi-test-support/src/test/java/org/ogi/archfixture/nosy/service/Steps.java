package org.ogi.archfixture.nosy.service;

import org.ogi.archfixture.other.domain.Rule;

/** Fixture: a service that calls another service's code (forbidden). */
public class Steps {
    public boolean take(int days) {
        return Rule.applies(days);
    }
}
