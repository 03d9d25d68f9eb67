package org.ogi.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuPriorityTest {

    @Test
    void theServicesThatWorkThroughBacklogsRunNicedUnlessConfiguredOtherwise() {
        assertThat(CpuPriority.commandPrefix(OgiService.NOTIFICATION, Map.of())).containsExactly("nice", "-n", "19");
        assertThat(CpuPriority.lowPriority(Map.of()))
                .containsExactlyInAnyOrder(OgiService.NOTIFICATION, OgiService.REPORT, OgiService.APPEALS);
        for (OgiService onTheDeadlinePath :
                new OgiService[] {OgiService.INTAKE, OgiService.CASE, OgiService.DEADLINE}) {
            assertThat(CpuPriority.commandPrefix(onTheDeadlinePath, Map.of())).isEmpty();
        }

        Map<String, String> onlyReports = Map.of(CpuPriority.LOW_PRIORITY_SERVICES, " report-service ");
        assertThat(CpuPriority.commandPrefix(OgiService.REPORT, onlyReports)).containsExactly("nice", "-n", "19");
        assertThat(CpuPriority.commandPrefix(OgiService.NOTIFICATION, onlyReports))
                .isEmpty();
        assertThat(CpuPriority.lowPriority(Map.of(CpuPriority.LOW_PRIORITY_SERVICES, "none")))
                .isEmpty();
    }
}
