package org.ogi.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.ogi.platform.problem.ProblemException;

/**
 * Who is calling: user id, roles and, for staff, the agency (tenant) from the token's {@code agency} claim.
 * Staff see only their own agency's data; another agency's record is answered as not found, so its existence
 * does not leak.
 */
@RequestScoped
public class Caller {

    public static final String AGENCY_CLAIM = "agency";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /** The stable user id (token subject). */
    public String userId() {
        return token.getSubject() != null
                ? token.getSubject()
                : identity.getPrincipal().getName();
    }

    public String userName() {
        return identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public Optional<String> agency() {
        Object claim = token.getClaim(AGENCY_CLAIM);
        return claim == null || claim.toString().isBlank() ? Optional.empty() : Optional.of(claim.toString());
    }

    /** The agency of a staff caller; a staff account without one may not act on any agency's data. */
    public String staffAgency() {
        return agency().orElseThrow(() -> ProblemException.forbidden("your account is not assigned to an agency"));
    }
}
