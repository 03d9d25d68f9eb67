package org.ogi.platform.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.ogi.contracts.Topics;
import org.ogi.testsupport.KafkaTestClient;
import org.ogi.testsupport.OgiInfrastructure;

/**
 * A record that waits long for its ack must not kill its channel: SmallRye's throttled commit strategy fails a channel
 * for good once a record it handed on has waited longer than {@code throttled.unprocessed-record-max-age.ms} (60 s by
 * default), which a backlog on a starved machine or one slow handler reaches. The shared config allows 10 min.
 */
@QuarkusTest
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ChannelBacklogTest {

    @Inject
    SlowEventConsumer consumer;

    @Test
    void recordsQueuedBehindAHandlerSlowerThanSmallRyesMaxAgeAreAppliedAndTheChannelStaysAlive() {
        String key = "B-" + UUID.randomUUID();
        List<String> values = new ArrayList<>();
        values.add(key + SlowEventConsumer.STALL);
        IntStream.range(0, 100).forEach(i -> values.add(key + "#" + i));

        KafkaTestClient.sendAll(Topics.DEADLINES, key, values);

        await().atMost(SlowEventConsumer.STALLED.plusSeconds(60))
                .until(() -> applied(key) == values.size() || !alive());
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        assertThat(consumer.applied().stream().filter(v -> v.startsWith(key)).toList())
                .isEqualTo(values);
    }

    private long applied(String key) {
        return consumer.applied().stream().filter(v -> v.startsWith(key)).count();
    }

    private static boolean alive() {
        return given().get("/q/health/live").statusCode() == 200;
    }
}
