package org.ogi.intake.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ogi.intake.service.AgencyDirectory.Agency;
import org.ogi.testsupport.OgiInfrastructure;

@QuarkusTest
@TestProfile(DirectorySeedTest.Seeded.class)
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class DirectorySeedTest {

    public static class Seeded implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ogi.intake.directory-seed", "SEED1=广州市人民政府办公厅, SEED2 = 深圳市人民政府办公厅");
        }
    }

    @Inject
    AgencyDirectory directory;

    @Test
    void theSeededAgenciesAreInTheDirectoryAfterTheStart() throws Throwable {
        assertThat(find("SEED1")).contains(new Agency("SEED1", "广州市人民政府办公厅"));
        assertThat(find("SEED2")).contains(new Agency("SEED2", "深圳市人民政府办公厅"));
    }

    @Test
    void seedingKeepsTheNameAnAgencyAlreadyHas() throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> directory.enterMissing(
                List.of(new Agency("SEED1", "别的名字"), new Agency("SEED3", "珠海市人民政府办公室")), "test"));

        assertThat(find("SEED1")).map(Agency::name).contains("广州市人民政府办公厅");
        assertThat(find("SEED3")).map(Agency::name).contains("珠海市人民政府办公室");
    }

    @Test
    void anEntryWithoutCodeOrNameIsRefused() {
        assertThatThrownBy(() -> DirectorySeed.parse(List.of("A=甲", "示例市乙区"))).hasMessageContaining("示例市乙区");
        assertThatThrownBy(() -> DirectorySeed.parse(List.of("=甲"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DirectorySeed.parse(List.of("B="))).isInstanceOf(IllegalArgumentException.class);
    }

    private Optional<Agency> find(String code) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> directory.find(code));
    }
}
