package org.ogi.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaComponentTest {

    @Test
    void theRepositorysTemplateRendersToACombinedBrokerAndController() throws Exception {
        String properties = KafkaComponent.renderServerProperties(
                Files.readString(Path.of("kafka/server.properties.template")),
                Map.of("broker.port", "19092", "controller.port", "19093", "log.dir", "/tmp/kafka-data"));

        assertThat(properties)
                .doesNotContain("${")
                .contains("process.roles=broker,controller")
                .contains("listeners=PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093")
                .contains("controller.quorum.bootstrap.servers=127.0.0.1:19093")
                .contains("log.dirs=/tmp/kafka-data");
    }

    @Test
    void aPlaceholderWithoutAValueIsAnError() {
        assertThatThrownBy(() -> KafkaComponent.renderServerProperties("log.dirs=${log.dir}", Map.of()))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("${log.dir}");
    }

    @Test
    void valuesAreInsertedLiterally() {
        assertThat(KafkaComponent.renderServerProperties("log.dirs=${log.dir}", Map.of("log.dir", "C:\\kafka$1")))
                .isEqualTo("log.dirs=C:\\kafka$1");
    }

    @Test
    void theEventTopicsKeepTheirHistoryForEver() {
        assertThat(KafkaComponent.newTopics())
                .extracting(t -> t.name())
                .containsExactlyElementsOf(KafkaComponent.TOPICS);
        assertThat(KafkaComponent.newTopics())
                .allSatisfy(t -> assertThat(t.configs()).containsEntry("retention.ms", "-1"));
    }
}
