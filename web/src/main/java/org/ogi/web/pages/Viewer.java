package org.ogi.web.pages;

import io.quarkus.oidc.IdToken;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.ogi.contracts.Roles;

/** Who is looking at the page: the navigation and the pages' role checks read it ({@code inject:viewer}). */
@Named("viewer")
@RequestScoped
public class Viewer {

    /** The staff roles of the console; an applicant has none of them. */
    public static final List<String> STAFF_ROLES = List.of(
            Roles.INTAKE_CLERK,
            Roles.CASE_OFFICER,
            Roles.SECRECY_REVIEWER,
            Roles.REVIEWER,
            Roles.OGI_OFFICE_HEAD,
            Roles.LEGAL_OFFICER,
            Roles.OGI_ADMIN,
            Roles.SYSTEM_ADMIN);

    @Inject
    SecurityIdentity identity;

    @Inject
    @IdToken
    JsonWebToken idToken;

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public String getName() {
        if (!isSignedIn()) {
            return "";
        }
        String name = idToken.getClaim("preferred_username");
        return name != null ? name : identity.getPrincipal().getName();
    }

    /** The stable user id (the token's subject), as the services record who did what. */
    public String getUserId() {
        return isSignedIn() ? idToken.getSubject() : "";
    }

    public String getAgency() {
        Object agency = isSignedIn() ? idToken.getClaim("agency") : null;
        return agency == null ? "" : agency.toString();
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    public boolean hasAny(String... roles) {
        return Set.of(roles).stream().anyMatch(identity::hasRole);
    }

    public boolean isStaff() {
        return STAFF_ROLES.stream().anyMatch(identity::hasRole);
    }

    public boolean isApplicant() {
        return identity.hasRole(Roles.APPLICANT);
    }
}
