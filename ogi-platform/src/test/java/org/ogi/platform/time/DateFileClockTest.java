package org.ogi.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DateFileClockTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void theDateComesFromTheFileAndFollowsItsChanges(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("today");
        DateFileClock clock = new DateFileClock(file, SHANGHAI);
        assertThat(LocalDate.now(clock)).as("no file: the real date").isEqualTo(LocalDate.now(SHANGHAI));

        Files.writeString(file, "2024-09-02\n");
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2024, 9, 2));

        Files.writeString(file, "2024-10-08");
        // Another modification time, as a later write has.
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2024, 10, 8));

        Files.writeString(file, "");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(10)));
        assertThat(LocalDate.now(clock)).as("empty: the real date").isEqualTo(LocalDate.now(SHANGHAI));
    }
}
