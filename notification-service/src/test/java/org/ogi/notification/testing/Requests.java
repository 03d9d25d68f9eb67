package org.ogi.notification.testing;

import org.ogi.contracts.v1.RequestReceived;

/** Test requests with the contact data a test needs. */
public final class Requests {

    private Requests() {}

    /** The delivery method follows the data: e-mail if given, else post if an address is, else online. */
    public static RequestReceived withContact(
            RequestReceived r, String email, String phone, String address, String userId) {
        return withContact(
                r, email, phone, address, userId, email != null ? "EMAIL" : address != null ? "POST" : "ONLINE");
    }

    public static RequestReceived withContact(
            RequestReceived r, String email, String phone, String address, String userId, String deliveryMethod) {
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
                new RequestReceived.Delivery("ELECTRONIC", deliveryMethod),
                r.missingContents(),
                r.flags(),
                r.possibleRepeatOf(),
                r.agencyName(),
                r.kind(),
                r.recordCorrection(),
                r.applicantRequestsInMonth());
    }
}
