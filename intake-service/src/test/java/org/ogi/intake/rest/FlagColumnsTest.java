package org.ogi.intake.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.ogi.intake.domain.MissingContent;
import org.ogi.intake.domain.RequestFlag;
import org.ogi.testsupport.OgiInfrastructure;

/** The text[] columns of flags and missing contents hold the enums' names and nothing else (V8). */
@QuarkusTest
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class FlagColumnsTest {

    @Test
    void everyFlagAndMissingContentIsStoredAndNothingElse() throws SQLException {
        String trackingNumber = StoredRequests.insert("FLAGS");
        String[] flags = Arrays.stream(RequestFlag.values()).map(Enum::name).toArray(String[]::new);
        String[] missing =
                Arrays.stream(MissingContent.values()).map(Enum::name).toArray(String[]::new);
        try (Connection database = OgiInfrastructure.openDatabaseConnection()) {
            assertThat(update(database, trackingNumber, "flags", flags)).isEqualTo(1);
            assertThat(update(database, trackingNumber, "missing_contents", missing))
                    .isEqualTo(1);

            for (String column : new String[] {"flags", "missing_contents"}) {
                assertThatThrownBy(() -> update(database, trackingNumber, column, new String[] {"URGENT"}))
                        .isInstanceOfSatisfying(
                                SQLException.class,
                                e -> assertThat(e.getSQLState()).isEqualTo("23514"));
                assertThatThrownBy(() -> update(database, trackingNumber, column, new String[] {null}))
                        .isInstanceOfSatisfying(
                                SQLException.class,
                                e -> assertThat(e.getSQLState()).isEqualTo("23514"));
            }
        }
    }

    private static int update(Connection database, String trackingNumber, String column, String[] values)
            throws SQLException {
        try (PreparedStatement update = database.prepareStatement(
                "update information_request set " + column + " = ? where tracking_number = ?")) {
            update.setArray(1, database.createArrayOf("text", values));
            update.setString(2, trackingNumber);
            return update.executeUpdate();
        }
    }
}
