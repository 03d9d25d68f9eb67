package org.ogi.testsupport;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The rules themselves, on fixture services under org.ogi.archfixture: each forbidden import makes them fail. */
class ArchitectureRulesTest {

    private static final String FIXTURES = "org.ogi.archfixture.";

    @Test
    void aServiceOfTheRightShapePasses() {
        assertThatCode(() -> check("clean")).doesNotThrowAnyException();
    }

    @Test
    void aServiceThatImportsRestFails() {
        assertThatThrownBy(() -> check("leaky"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.ogi.archfixture.leaky.service.Steps")
                .hasMessageContaining("org.ogi.archfixture.leaky.rest.View");
    }

    @Test
    void aDomainThatImportsJakartaOrMutinyFails() {
        assertThatThrownBy(() -> check("framework"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("jakarta.inject.Singleton")
                .hasMessageContaining("io.smallrye.mutiny.Uni");
    }

    @Test
    void aServiceThatImportsAnotherServiceFails() {
        assertThatThrownBy(() -> check("nosy"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.ogi.archfixture.other.domain.Rule");
    }

    private static void check(String service) {
        JavaClasses classes = new ClassFileImporter().importPackages(FIXTURES + service);
        ArchitectureRules.check(FIXTURES + service, classes);
    }
}
