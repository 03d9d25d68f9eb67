package org.ogi.platform.messaging;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.ogi.testsupport.OgiInfrastructure;

/**
 * The test consumers' counting change and how the tests read it back: applying an event twice shows as 2 in
 * {@code applied_note_event}, and {@code applied_note_order} keeps the order in which a key's events were applied.
 */
final class AppliedNotes {

    private AppliedNotes() {}

    /** Counts {@code subject} as applied once more and appends it to {@code key}'s order, in the caller's transaction. */
    static Uni<Void> record(String key, String subject) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(
                                "insert into applied_note_event (subject, applied) values (:subject, 1) "
                                        + "on conflict (subject) do update set applied = applied_note_event.applied + 1")
                        .setParameter("subject", subject)
                        .executeUpdate()
                        .chain(() -> s.createNativeQuery(
                                        "insert into applied_note_order (key, subject) values (:key, :subject)")
                                .setParameter("key", key)
                                .setParameter("subject", subject)
                                .executeUpdate()))
                .replaceWithVoid();
    }

    static List<String> inOrder(String key) throws Exception {
        try (Connection connection = OgiInfrastructure.openDatabaseConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select subject from applied_note_order where key = ? order by id")) {
            statement.setString(1, key);
            List<String> subjects = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    subjects.add(rows.getString(1));
                }
            }
            return subjects;
        }
    }

    static int applied(String subject) throws Exception {
        return queryInt("select coalesce(max(applied), 0) from applied_note_event where subject = ?", subject);
    }

    static int queryInt(String sql, String parameter) throws Exception {
        try (Connection connection = OgiInfrastructure.openDatabaseConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
