package org.ogi.notification.testing;

import org.ogi.contracts.v1.RequestReceived;

/** Test requests with the contact data a test needs. */
public final class Requests {

    private Requests() {}

    public static RequestReceived withContact(
            RequestReceived r, String email, String phone, String address, String userId) {
        RequestReceived.Applicant a = r.applicant();
        return new RequestReceived(
                r.trackingNumber(),
                r.agency(),
                r.channel(),
                r.receivedDate(),
                r.registeredAt(),
                new RequestReceived.Applicant(
                        a.type(),
                        a.category(),
                        a.name(),
                        a.idType(),
                        a.idNumber(),
                        phone,
                        email,
                        address,
                        userId,
                        a.legalRepresentative(),
                        a.contactPerson()),
                r.information(),
                new RequestReceived.Delivery(
                        "ELECTRONIC", email != null ? "EMAIL" : address != null ? "POST" : "ONLINE"),
                r.missingContents(),
                r.flags(),
                r.possibleRepeatOf(),
                r.agencyName(),
                r.kind(),
                r.recordCorrection(),
                r.applicantRequestsInMonth());
    }
}
