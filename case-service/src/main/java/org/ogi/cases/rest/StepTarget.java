package org.ogi.cases.rest;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import org.ogi.cases.service.CaseCommand;

/** What every workflow step addresses: the case, the version the client saw and the step's idempotency key. */
public class StepTarget {

    @PathParam("trackingNumber")
    String trackingNumber;

    @HeaderParam("If-Match")
    String ifMatch;

    @HeaderParam("Idempotency-Key")
    String idempotencyKey;

    CaseCommand command(WorkflowInputs.Commented input) {
        return Staffs.command(trackingNumber, ifMatch, idempotencyKey, input == null ? null : input.comment());
    }
}
