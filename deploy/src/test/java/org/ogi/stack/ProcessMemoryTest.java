package org.ogi.stack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessMemoryTest {

    @Test
    void aRunningJvmUsesSomeMegabytesAndItsTreeAtLeastAsMany() {
        long own = ProcessMemory.residentKilobytes(ProcessHandle.current());

        assertThat(own).isGreaterThan(10 * 1024);
        assertThat(ProcessMemory.residentKilobytesOfTree(ProcessHandle.current())).isGreaterThanOrEqualTo(own);
    }
}
