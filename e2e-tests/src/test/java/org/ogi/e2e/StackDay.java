package org.ogi.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;

/**
 * The day every service of the end-to-end stack takes as today: the file named by {@code OGI_CLOCK_FILE} (set for
 * the suite in the pom, inherited by the services as {@code ogi.clock.file}). Tests that move it reset it.
 */
final class StackDay {

    private static final Path FILE = Path.of(System.getenv().getOrDefault("OGI_CLOCK_FILE", "target/e2e-today"));

    private StackDay() {}

    static void set(LocalDate day) {
        write(day.toString());
    }

    /** Back to the real date. */
    static void reset() {
        write("");
    }

    private static void write(String text) {
        try {
            Files.createDirectories(FILE.toAbsolutePath().getParent());
            Path next = Files.createTempFile(FILE.toAbsolutePath().getParent(), "today", ".tmp");
            Files.writeString(next, text);
            // A new file, so its modification time differs from the one the services read last.
            Files.move(next, FILE, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
