package org.ogi.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackStateTest {

    @TempDir
    Path dir;

    @Test
    void readsBackWhatTheSupervisorRecordedInStartOrder() {
        Path file = dir.resolve("stack.state");
        StackState state = new StackState(file);
        state.starting("postgres");
        state.starting("kafka");
        state.ready("postgres", Optional.of(ProcessHandle.current()), 2345);
        state.failed("kafka");

        Map<String, StackState.Entry> entries = StackState.read(file);

        assertThat(entries.keySet()).containsExactly("postgres", "kafka");
        assertThat(entries.get("postgres").phase()).isEqualTo(StackState.Phase.READY);
        assertThat(entries.get("postgres").startupMillis()).isEqualTo(2345);
        assertThat(entries.get("postgres").liveProcess()).contains(ProcessHandle.current());
        assertThat(entries.get("kafka").phase()).isEqualTo(StackState.Phase.FAILED);
        assertThat(entries.get("kafka").liveProcess()).isEmpty();
    }

    @Test
    void aRecordedPidNowUsedByAnotherProcessIsNotTakenForTheComponent() {
        Path file = dir.resolve("stack.state");
        new StackState(file).ready("kafka", Optional.of(ProcessHandle.current()), 1);
        StackState.Entry recorded = StackState.read(file).get("kafka");

        StackState.Entry reused = new StackState.Entry(
                recorded.phase(), recorded.pid(), recorded.processStart() - 1, recorded.startupMillis());

        assertThat(reused.liveProcess()).isEmpty();
    }

    @Test
    void noFileMeansNoStack() {
        assertThat(StackState.read(dir.resolve("missing"))).isEmpty();
    }
}
