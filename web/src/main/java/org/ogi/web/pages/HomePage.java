package org.ogi.web.pages;

import io.quarkus.qute.Template;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The public start page: staff go to the console, applicants to the portal; a signed-in user goes straight on. */
@Path("/")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @Inject
    Viewer viewer;

    @Inject
    Template home;

    @GET
    public Response home() {
        if (viewer.isStaff()) {
            return Pages.seeOther("/staff");
        }
        if (viewer.isApplicant()) {
            return Pages.seeOther("/portal");
        }
        return Response.ok(home.instance()).build();
    }
}
