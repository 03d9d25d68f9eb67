package org.ogi.testsupport;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

/**
 * The shape every service keeps, checked on its main classes by a one-line test per service: dependencies point
 * rest -> service -> domain, the domain is plain Java, and a service uses no other service's code (it learns their
 * state from events only).
 */
public final class ArchitectureRules {

    /** What a service may use of the project besides its own packages. */
    private static final String[] SHARED = {"org.ogi.platform..", "org.ogi.contracts..", "org.ogi.law.."};

    private ArchitectureRules() {}

    /** Checks the main classes of the service whose package root is {@code root}, e.g. {@code org.ogi.cases}. */
    public static void check(String root) {
        check(
                root,
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages(root));
    }

    /** Fails with every violation of every rule found in {@code classes}. */
    public static void check(String root, JavaClasses classes) {
        rules(root).check(classes);
    }

    public static ArchRule rules(String root) {
        return CompositeArchRule.of(onlyRestUsesRest(root))
                .and(plainDomain(root))
                .and(noOtherService(root));
    }

    /** REST is the outermost layer: services, domain, persistence and messaging do not know it. */
    static ArchRule onlyRestUsesRest(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + "..")
                .and()
                .resideOutsideOfPackage(root + ".rest..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(root + ".rest..")
                .because("dependencies point rest -> service -> domain; REST owns its request and view records")
                .allowEmptyShould(true);
    }

    /** The domain is plain Java, tested in milliseconds without a container. */
    static ArchRule plainDomain(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.quarkus..",
                        "jakarta..",
                        "javax..",
                        "org.hibernate..",
                        "io.vertx..",
                        "io.smallrye..",
                        "org.eclipse.microprofile..",
                        "org.ogi.platform..")
                .because("domain logic has no framework types (Quarkus, Jakarta, Hibernate, Vert.x, Mutiny)")
                .allowEmptyShould(true);
    }

    /** Services talk only through Kafka: none imports another's packages. */
    static ArchRule noOtherService(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + "..")
                .should()
                .dependOnClassesThat(resideInAPackage("org.ogi..")
                        .and(not(resideInAPackage(root + "..")))
                        .and(not(resideInAnyPackage(SHARED))))
                .as("no classes in " + root + " should depend on another service's classes")
                .because("a service never imports another service's code; it learns their state from events")
                .allowEmptyShould(true);
    }
}
