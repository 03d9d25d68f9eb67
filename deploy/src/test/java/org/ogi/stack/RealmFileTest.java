package org.ogi.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The realm Keycloak imports: what the services, the end-to-end tests and the printed demo logins rely on. */
class RealmFileTest {

    private static final Path REALM_FILE = Path.of("keycloak/ogi-realm.json");
    private static final List<String> STAFF_ROLES = List.of(
            "intake-clerk",
            "case-officer",
            "reviewer",
            "secrecy-reviewer",
            "ogi-office-head",
            "legal-officer",
            "ogi-admin");
    private static JsonNode realm;

    @BeforeAll
    static void readRealm() throws Exception {
        realm = new ObjectMapper().readTree(REALM_FILE.toFile());
    }

    @Test
    void isTheOgiRealmOverPlainHttp() {
        assertThat(realm.path("realm").asText()).isEqualTo(StackConfig.REALM);
        assertThat(realm.path("sslRequired").asText()).isEqualTo("none");
        assertThat(names(realm.path("roles").path("realm"), "name"))
                .contains("applicant", "system-admin")
                .containsAll(STAFF_ROLES);
    }

    @Test
    void everyAgencyHasOneUserPerStaffRoleAndApplicantsAndTheSystemAdminHaveNoAgency() {
        List<DemoLogins.DemoLogin> logins = DemoLogins.read(REALM_FILE);

        // Agency A has a second legal officer: one drafts an appeal's answer, the other reviews it; and drafter, a
        // case officer who also reviews, whom four eyes keep from approving their own draft.
        Map<String, List<String>> extra =
                Map.of("A", List.of("legal-officer", "case-officer", "reviewer"), "B", List.of());
        for (String agency : List.of("A", "B")) {
            List<String> expected = new ArrayList<>(STAFF_ROLES);
            expected.addAll(extra.get(agency));
            assertThat(logins.stream()
                            .filter(login -> login.agency().equals(Optional.of(agency)))
                            .flatMap(login -> login.roles().stream()))
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(logins)
                .filteredOn(login -> login.roles().contains("legal-officer"))
                .extracting(DemoLogins.DemoLogin::username, DemoLogins.DemoLogin::agency)
                .containsExactlyInAnyOrder(
                        tuple("legal", Optional.of("A")),
                        tuple("legal2", Optional.of("A")),
                        tuple("legal-b", Optional.of("B")));
        assertThat(logins)
                .filteredOn(login -> login.roles().contains("applicant"))
                .extracting(DemoLogins.DemoLogin::username, DemoLogins.DemoLogin::agency)
                .containsExactlyInAnyOrder(tuple("applicant", Optional.empty()), tuple("applicant2", Optional.empty()));
        // The national calendar belongs to a system-wide administrator, of no agency.
        assertThat(logins)
                .filteredOn(login -> login.roles().contains("system-admin"))
                .extracting(DemoLogins.DemoLogin::username, DemoLogins.DemoLogin::agency, DemoLogins.DemoLogin::roles)
                .containsExactly(tuple("sysadmin", Optional.empty(), List.of("system-admin")));
        assertThat(logins)
                .filteredOn(login -> login.username().equals("clerk"))
                .singleElement()
                .satisfies(clerk -> {
                    assertThat(clerk.agency()).contains("A");
                    assertThat(clerk.roles()).containsExactly("intake-clerk");
                });
    }

    @Test
    void usersCanLogInWithAPasswordGrantRightAway() {
        for (JsonNode user : realm.path("users")) {
            String username = user.path("username").asText();
            assertThat(user.path("credentials").path(0).path("value").asText())
                    .as(username)
                    .isEqualTo(username);
            assertThat(user.path("credentials").path(0).path("temporary").asBoolean())
                    .as(username)
                    .isFalse();
            assertThat(user.path("emailVerified").asBoolean()).as(username).isTrue();
            assertThat(user.path("requiredActions")).as(username).isEmpty();
            // Keycloak's person-name validator refuses characters such as ( ) and then demands a profile update.
            assertThat(user.path("firstName").asText() + user.path("lastName").asText())
                    .as(username)
                    .isNotBlank()
                    .doesNotContainPattern("[<>&\"$%!#?§;*~/\\\\,^(){}\\[\\]|@:=]");
        }
    }

    @Test
    void theUserProfileDeclaresAgencySoThatImportKeepsIt() throws Exception {
        JsonNode provider = realm.path("components")
                .path("org.keycloak.userprofile.UserProfileProvider")
                .path(0);
        JsonNode profile = new ObjectMapper()
                .readTree(provider.path("config")
                        .path("kc.user.profile.config")
                        .path(0)
                        .asText());

        assertThat(names(profile.path("attributes"), "name"))
                .containsExactly("username", "email", "firstName", "lastName", "agency");
    }

    @Test
    void applicantsRegisterThemselvesAndGetTheApplicantRoleOnly() {
        assertThat(realm.path("registrationAllowed").asBoolean()).isTrue();
        assertThat(realm.path("defaultGroups")).extracting(JsonNode::asText).containsExactly("/applicants");
        assertThat(realm.path("groups").path(0).path("realmRoles"))
                .extracting(JsonNode::asText)
                .containsExactly("applicant");
    }

    @Test
    void bothClientsPutTheAgencyIntoTheAccessToken() {
        for (JsonNode client : realm.path("clients")) {
            JsonNode mapper = client.path("protocolMappers").path(0);
            assertThat(mapper.path("protocolMapper").asText()).isEqualTo("oidc-usermodel-attribute-mapper");
            assertThat(mapper.path("config").path("user.attribute").asText()).isEqualTo("agency");
            assertThat(mapper.path("config").path("claim.name").asText()).isEqualTo("agency");
            assertThat(mapper.path("config").path("access.token.claim").asText())
                    .isEqualTo("true");
        }
        assertThat(names(realm.path("clients"), "clientId")).containsExactly("ogi-web", "ogi-services");
    }

    private static List<String> names(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(node -> node.path(field).asText())
                .toList();
    }
}
