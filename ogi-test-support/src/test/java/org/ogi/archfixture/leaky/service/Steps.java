package org.ogi.archfixture.leaky.service;

import org.ogi.archfixture.leaky.rest.View;

/** Fixture: a service that answers with REST's view (forbidden). */
public class Steps {
    public View take() {
        return new View("done");
    }
}
