package org.ogi.archfixture.framework.domain;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;

/** Fixture: a domain class with a CDI annotation and a Mutiny type (both forbidden). */
@Singleton
public class Rule {
    public Uni<Boolean> applies(int days) {
        return Uni.createFrom().item(days <= 20);
    }
}
