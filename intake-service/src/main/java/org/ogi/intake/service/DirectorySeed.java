package org.ogi.intake.service;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.jboss.logging.Logger;
import org.ogi.intake.config.IntakeConfig;
import org.ogi.intake.service.AgencyDirectory.Agency;

/** Enters the agencies of {@code ogi.intake.directory-seed} at start; a malformed entry stops the start. */
@ApplicationScoped
public class DirectorySeed {

    private static final Logger LOG = Logger.getLogger(DirectorySeed.class);

    void enter(@Observes StartupEvent started, IntakeConfig config, AgencyDirectory directory) throws Throwable {
        List<Agency> agencies = config.directorySeed().map(DirectorySeed::parse).orElse(List.of());
        if (!agencies.isEmpty()) {
            VertxContextSupport.subscribeAndAwait(() -> directory.enterMissing(agencies, "ogi.intake.directory-seed"));
            LOG.infof(
                    "agency directory seeded with %s where missing",
                    agencies.stream().map(Agency::code).toList());
        }
    }

    static List<Agency> parse(List<String> entries) {
        return entries.stream()
                .map(entry -> {
                    int equals = entry.indexOf('=');
                    if (equals <= 0 || equals == entry.length() - 1) {
                        throw new IllegalArgumentException(
                                "ogi.intake.directory-seed: '" + entry + "' is not CODE=Name");
                    }
                    return new Agency(
                            entry.substring(0, equals).strip(),
                            entry.substring(equals + 1).strip());
                })
                .toList();
    }
}
