package org.ogi.cases.service;

import java.util.Set;
import org.ogi.cases.domain.Actor;
import org.ogi.cases.domain.StaffRole;

/** The signed-in staff member acting on a case of their agency. */
public record Staff(String agency, String userId, String userName, Set<StaffRole> roles) {

    public Actor actor() {
        return new Actor(userId, roles);
    }
}
