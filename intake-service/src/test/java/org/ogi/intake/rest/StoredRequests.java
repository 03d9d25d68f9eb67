package org.ogi.intake.rest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.atomic.AtomicLong;
import org.ogi.intake.domain.IdType;
import org.ogi.intake.domain.RepeatRule;
import org.ogi.testsupport.OgiInfrastructure;

/** Inserts requests straight into the service's database for tests that need one of another agency or account. */
final class StoredRequests {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 900_000);

    private StoredRequests() {}

    static String insert(String agency) {
        String trackingNumber = "%s-1999-%06d".formatted(agency, SEQUENCE.incrementAndGet());
        try (Connection connection = OgiInfrastructure.openDatabaseConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into information_request (tracking_number, agency, channel, status, received_date,
                            registered_at, registered_by, applicant_type, applicant_category, applicant_name,
                            id_type, id_number, info_title)
                        values (?, ?, 'IN_PERSON', 'RECEIVED', current_date, now(), 'test', 'NATURAL_PERSON',
                            'NATURAL_PERSON', '李四', 'RESIDENT_ID', '11010519491231002X', '测试')""")) {
            insert.setString(1, trackingNumber);
            insert.setString(2, agency);
            insert.executeUpdate();
            return trackingNumber;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A web request of another account to {@code agency}, by the person with the resident ID {@code idNumber}. */
    static String insertWeb(String agency, String applicantUserId, String idNumber, String description) {
        String trackingNumber = "%s-1999-%06d".formatted(agency, SEQUENCE.incrementAndGet());
        try (Connection connection = OgiInfrastructure.openDatabaseConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into information_request (tracking_number, agency, channel, status, received_date,
                            registered_at, registered_by, applicant_user_id, applicant_type, applicant_category,
                            applicant_name, id_type, id_number, identity_key, info_description)
                        values (?, ?, 'WEB', 'RECEIVED', current_date, now(), ?, ?, 'NATURAL_PERSON',
                            'NATURAL_PERSON', '李四', 'RESIDENT_ID', ?, ?, ?)""")) {
            insert.setString(1, trackingNumber);
            insert.setString(2, agency);
            insert.setString(3, applicantUserId);
            insert.setString(4, applicantUserId);
            insert.setString(5, idNumber);
            insert.setString(
                    6, RepeatRule.identityKey(IdType.RESIDENT_ID, idNumber).orElseThrow());
            insert.setString(7, description);
            insert.executeUpdate();
            return trackingNumber;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
