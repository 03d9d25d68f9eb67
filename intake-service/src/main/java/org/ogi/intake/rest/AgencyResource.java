package org.ogi.intake.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.ogi.contracts.Roles;
import org.ogi.intake.service.AgencyDirectory;
import org.ogi.intake.service.AgencyDirectory.Agency;
import org.ogi.platform.problem.ProblemException;
import org.ogi.platform.security.Caller;

/** The directory of agencies: everyone signed in reads it; an agency's OGI administrator enters its name. */
@Path("/api/agencies")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyResource {

    /** What an administrator enters: the agency's official name as its receipts print it. */
    public record AgencyDetails(
            @NotBlank
            @Size(max = 200)
            @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
            String name) {}

    private final AgencyDirectory directory;
    private final Caller caller;

    AgencyResource(AgencyDirectory directory, Caller caller) {
        this.directory = directory;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({
        Roles.APPLICANT,
        Roles.INTAKE_CLERK,
        Roles.CASE_OFFICER,
        Roles.REVIEWER,
        Roles.SECRECY_REVIEWER,
        Roles.OGI_OFFICE_HEAD,
        Roles.LEGAL_OFFICER,
        Roles.OGI_ADMIN
    })
    public Uni<List<Agency>> list() {
        return directory.all();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({
        Roles.APPLICANT,
        Roles.INTAKE_CLERK,
        Roles.CASE_OFFICER,
        Roles.REVIEWER,
        Roles.SECRECY_REVIEWER,
        Roles.OGI_OFFICE_HEAD,
        Roles.LEGAL_OFFICER,
        Roles.OGI_ADMIN
    })
    public Uni<Agency> get(@PathParam("code") String code) {
        return directory
                .find(code)
                .map(found -> found.orElseThrow(() -> ProblemException.notFound("agency " + code + " not found")));
    }

    /** Enters or renames the caller's own agency; the code is the agency claim of the administrator's token. */
    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OGI_ADMIN)
    public Uni<Agency> put(@PathParam("code") String code, @NotNull @Valid AgencyDetails details) {
        if (!code.equals(caller.staffAgency())) {
            throw ProblemException.forbidden("an administrator enters only their own agency");
        }
        return directory.save(code, details.name().strip(), caller.userName());
    }
}
