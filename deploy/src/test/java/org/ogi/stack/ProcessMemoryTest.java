package org.ogi.stack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcessMemoryTest {

    @Test
    void aRunningJvmUsesSomeMegabytesAndItsTreeCountsItsChildren() throws Exception {
        Process child = new ProcessBuilder("sleep", "30").start();
        try {
            ProcessMemory own = ProcessMemory.of(ProcessHandle.current());
            ProcessMemory ofChild = ProcessMemory.of(child.toHandle());
            ProcessMemory tree = ProcessMemory.ofTree(ProcessHandle.current());

            assertThat(own.residentKilobytes()).isGreaterThan(10 * 1024);
            assertThat(own.proportionalKilobytes()).isPositive().isLessThanOrEqualTo(own.residentKilobytes());
            assertThat(ofChild.residentKilobytes()).isPositive();
            // Not "tree >= own": the JVM's own RSS moves between two samples. It never falls below 10 MB.
            assertThat(tree.residentKilobytes()).isGreaterThan(10 * 1024 + ofChild.residentKilobytes());
        } finally {
            child.destroy();
        }
    }
}
