package org.ogi.archfixture.clean.service;

import org.ogi.archfixture.clean.domain.Rule;
import org.ogi.contracts.Topics;

/** Fixture: a service using its domain and the shared contracts. */
public class Steps {
    public String take(int days) {
        return Rule.applies(days) ? Topics.CASES : "";
    }
}
