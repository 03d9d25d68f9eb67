package org.ogi.notification;

import org.junit.jupiter.api.Test;
import org.ogi.testsupport.ArchitectureRules;

class ArchitectureTest {

    @Test
    void layersPointInwardAndNoOtherServiceIsUsed() {
        ArchitectureRules.check("org.ogi.notification");
    }
}
