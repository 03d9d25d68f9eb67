package org.ogi.notification.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.ogi.testsupport.OgiInfrastructure;

/** Reads notification rows straight from the service's database, as the tests' ground truth. */
public final class Notified {

    private Notified() {}

    /** The rows of a case, oldest first, as column → value. */
    public static List<Map<String, Object>> rows(String trackingNumber) {
        try (Connection c = OgiInfrastructure.openDatabaseConnection();
                PreparedStatement s = c.prepareStatement(
                        "select * from notification where tracking_number = ? order by created_at, channel")) {
            s.setString(1, trackingNumber);
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                        row.put(r.getMetaData().getColumnName(i), r.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until the case has a row of {@code kind} on {@code channel} and returns it; the bound allows for a
     * restarted service (a test profile) rejoining its consumer groups on a loaded machine.
     */
    public static Map<String, Object> await(String trackingNumber, String kind, String channel, String status) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> rows(trackingNumber).stream()
                                .filter(r -> kind.equals(r.get("kind"))
                                        && channel.equals(r.get("channel"))
                                        && (status == null || status.equals(r.get("status"))))
                                .findFirst()
                                .orElse(null),
                        row -> row != null);
    }

    /** Runs SQL on the service's database (tests that prepare queue rows). */
    public static int execute(String sql, Object... arguments) {
        try (Connection c = OgiInfrastructure.openDatabaseConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                s.setObject(i + 1, arguments[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
