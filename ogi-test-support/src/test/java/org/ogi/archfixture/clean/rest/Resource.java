package org.ogi.archfixture.clean.rest;

import org.ogi.archfixture.clean.service.Steps;

/** Fixture: REST on top of the service. */
public class Resource {
    private final Steps steps = new Steps();

    public String post(int days) {
        return steps.take(days);
    }
}
