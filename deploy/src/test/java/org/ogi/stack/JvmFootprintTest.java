package org.ogi.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JvmFootprintTest {

    @Test
    void servicesRunOnTheSerialCollectorAndC1WithASmallInitialHeapUnlessToldOtherwise() {
        assertThat(JvmFootprint.service(Map.of()))
                .containsExactly(
                        "-Xms32m",
                        "-Xmx256m",
                        "-XX:+UseSerialGC",
                        "-XX:TieredStopAtLevel=1",
                        "-Xss512k",
                        "-XX:ReservedCodeCacheSize=48m");
        assertThat(JvmFootprint.service(Map.of(JvmFootprint.SERVICE_OVERRIDE, " -XX:+UseG1GC  -Xss1m ")))
                .containsExactly("-Xms32m", "-Xmx256m", "-XX:+UseG1GC", "-Xss1m");
    }

    @Test
    void keycloakKeepsItsOwnDefaultsButNotItsCollectorOrHeap() {
        assertThat(JvmFootprint.keycloak())
                .contains("-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8", "-XX:+UseSerialGC", "-Xmx384m")
                .doesNotContain("G1", "-Xmx512m");
    }
}
