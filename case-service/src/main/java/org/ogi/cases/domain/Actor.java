package org.ogi.cases.domain;

import java.util.Set;

/** Who acts: the token subject and the case roles the token carries. */
public record Actor(String userId, Set<StaffRole> roles) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(StaffRole role) {
        return roles.contains(role);
    }
}
