package org.ogi.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.ogi.testsupport.OgiInfrastructure;

@QuarkusTest
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class OutboxRelayConfigTest {

    @Inject
    OutboxRelay relay;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theRelaysProducerHasTheServicesKafkaClientConfigurationAndItsOwnDeliverySettings() {
        Properties producer = relay.producerProperties();

        assertThat(producer)
                .containsEntry("bootstrap.servers", bootstrapServers)
                .containsEntry("client.dns.lookup", "use_all_dns_ips")
                .containsEntry("acks", "all")
                .containsEntry("client.id", "platform-test-outbox-relay");
    }
}
