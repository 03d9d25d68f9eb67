package org.ogi.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AttachmentTypeTest {

    @Test
    void typesAreRecognisedFromTheFirstBytes() {
        assertThat(AttachmentType.detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
                .contains(AttachmentType.PDF);
        assertThat(AttachmentType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .contains(AttachmentType.JPEG);
        assertThat(AttachmentType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}))
                .contains(AttachmentType.PNG);
    }

    @Test
    void otherContentIsNotAcceptedWhateverItClaimsToBe() {
        assertThat(AttachmentType.detect("<html>%PDF-".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(AttachmentType.detect(new byte[] {'P', 'K', 3, 4})).isEmpty();
        assertThat(AttachmentType.detect(new byte[] {'%', 'P'})).isEmpty();
    }
}
