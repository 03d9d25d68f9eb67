package org.ogi.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFilesTest {

    @TempDir
    Path dir;

    @Test
    void theTailIsTheLastLines() throws Exception {
        Path log = dir.resolve("kafka.log");
        Files.writeString(
                log,
                IntStream.rangeClosed(1, 100000)
                        .mapToObj(i -> "line " + i)
                        .collect(Collectors.joining("\n", "", "\n")));

        assertThat(LogFiles.tail(log, 3).lines()).containsExactly("line 99998", "line 99999", "line 100000");
    }

    @Test
    void aMissingLogHasNoTail() {
        assertThat(LogFiles.tail(dir.resolve("missing.log"), 3)).isEmpty();
    }

    @Test
    void aNewLogStartsEmpty() throws Exception {
        Path log = dir.resolve("logs/postgres.log");
        LogFiles.startNew(log);
        Files.writeString(log, "old run");

        LogFiles.startNew(log);

        assertThat(log).isEmptyFile();
    }
}
