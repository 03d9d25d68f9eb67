package org.ogi.stack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessMemoryTest {

    @Test
    void aRunningJvmUsesSomeMegabytesAndItsTreeAtLeastAsMany() {
        ProcessMemory own = ProcessMemory.of(ProcessHandle.current());
        ProcessMemory tree = ProcessMemory.ofTree(ProcessHandle.current());

        assertThat(own.residentKilobytes()).isGreaterThan(10 * 1024);
        assertThat(own.proportionalKilobytes()).isPositive().isLessThanOrEqualTo(own.residentKilobytes());
        assertThat(tree.residentKilobytes()).isGreaterThanOrEqualTo(own.residentKilobytes());
    }
}
