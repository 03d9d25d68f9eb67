package org.ogi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The claims the services authorise with: realm roles, and the agency of staff members. */
@ExtendWith(EndToEndStack.class)
class AccessTokensIT {

    private final TokenClient tokens = TokenClient.ofStack();

    @Test
    void aClerksTokenCarriesTheirAgencyAndTheIntakeClerkRole() {
        JsonPath claims = TokenClient.claims(tokens.accessTokenOf("clerk"));

        assertThat(claims.getString("agency")).isEqualTo("A");
        assertThat(claims.getList("realm_access.roles", String.class)).contains("intake-clerk");
    }

    @Test
    void staffOfAnotherAgencyCarryThatAgency() {
        JsonPath claims = TokenClient.claims(tokens.accessTokenOf("clerk-b"));

        assertThat(claims.getString("agency")).isEqualTo("B");
        assertThat(claims.getList("realm_access.roles", String.class)).contains("intake-clerk");
    }

    @Test
    void anApplicantsTokenHasNoAgency() {
        JsonPath claims = TokenClient.claims(tokens.accessTokenOf("applicant"));

        assertThat(claims.getMap("")).doesNotContainKey("agency");
        assertThat(claims.getList("realm_access.roles", String.class))
                .contains("applicant")
                .doesNotContain("intake-clerk", "case-officer");
    }
}
