package org.ogi.report;

import org.junit.jupiter.api.Test;
import org.ogi.testsupport.ArchitectureRules;

class ArchitectureTest {

    @Test
    void layersPointInwardAndNoOtherServiceIsUsed() {
        ArchitectureRules.check("org.ogi.report");
    }
}
