package org.ogi.intake.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogi.intake.persistence.InformationRequestEntity;
import org.ogi.intake.persistence.RequestQueries;
import org.ogi.testsupport.OgiInfrastructure;

@QuarkusTest
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class RepeatFlagsTest {

    private static final String AGENCY = "CROWD";
    private static final String TEXT = "区教育局2025年部门预算";

    @Inject
    RepeatFlags repeatFlags;

    @Inject
    Clock clock;

    @Test
    void aProlificApplicantInTheSameBatchDoesNotCrowdOutAnotherApplicantsEarlierRequest() throws Throwable {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int prolific = 2 * RequestQueries.REPEAT_CANDIDATES + 1;
        // More recent requests of one applicant than a batch of two looks at together, all newer than the other's.
        store("CROWD-1999-", prolific, "RESIDENT_ID:PROLIFIC", now.minusHours(1));
        store("CROWD-1998-", 1, "RESIDENT_ID:QUIET", now.minusDays(30));
        InformationRequestEntity byProlific = newRequest("CROWD-2026-000001", "RESIDENT_ID:PROLIFIC", now);
        InformationRequestEntity byQuiet = newRequest("CROWD-2026-000002", "RESIDENT_ID:QUIET", now);

        VertxContextSupport.subscribeAndAwait(
                () -> Panache.withTransaction(() -> repeatFlags.flag(AGENCY, List.of(byProlific, byQuiet))));

        assertThat(byQuiet.possibleRepeatOf).containsExactly("CROWD-1998-000001");
        assertThat(byQuiet.flags).contains("POSSIBLE_REPEAT");
        // The newest of the prolific applicant's requests, as many as one applicant's look-up compares.
        assertThat(byProlific.possibleRepeatOf)
                .hasSize(RequestQueries.REPEAT_CANDIDATES)
                .contains("CROWD-1999-%06d".formatted(prolific))
                .doesNotContain("CROWD-1999-000001");
    }

    private static InformationRequestEntity newRequest(String trackingNumber, String identityKey, OffsetDateTime at) {
        InformationRequestEntity request = new InformationRequestEntity();
        request.agency = AGENCY;
        request.trackingNumber = trackingNumber;
        request.registeredAt = at;
        request.identityKey = identityKey;
        request.infoTitle = TEXT;
        return request;
    }

    /** Requests numbered 1 to {@code count}, the higher the number the later, one second apart up to {@code latest}. */
    private static void store(String prefix, int count, String identityKey, OffsetDateTime latest) throws Exception {
        try (Connection connection = OgiInfrastructure.openDatabaseConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into information_request (tracking_number, agency, channel, status, received_date,
                            registered_at, registered_by, applicant_type, applicant_category, applicant_name,
                            id_type, id_number, info_title, identity_key)
                        select ? || lpad(n::text, 6, '0'), ?, 'IN_PERSON', 'RECEIVED', current_date,
                            ? - make_interval(secs => ? - n), 'test', 'NATURAL_PERSON', 'NATURAL_PERSON', '李四',
                            'RESIDENT_ID', '11010519491231002X', ?, ?
                        from generate_series(1, ?) n""")) {
            insert.setString(1, prefix);
            insert.setString(2, AGENCY);
            insert.setObject(3, latest);
            insert.setInt(4, count);
            insert.setString(5, TEXT);
            insert.setString(6, identityKey);
            insert.setInt(7, count);
            insert.executeUpdate();
        }
    }
}
