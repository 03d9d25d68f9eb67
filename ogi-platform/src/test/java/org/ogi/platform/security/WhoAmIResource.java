package org.ogi.platform.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.ogi.contracts.Roles;

/** Test-only: who the bearer token says the caller is. */
@Path("/test/whoami")
public class WhoAmIResource {

    private final Caller caller;

    WhoAmIResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.INTAKE_CLERK)
    public String whoAmI() {
        return caller.userName() + "@" + caller.agency().orElse("-");
    }
}
