package org.ogi.e2e;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/** Reads the stack's Kafka topics as another service would. */
final class TopicRecords {

    private TopicRecords() {
    }

    /**
     * The values of the first {@code count} records on {@code topic} keyed by {@code key}, in order. Topics keep the
     * records of earlier runs, so they are read from the beginning and searched.
     */
    static List<String> valuesKeyed(String topic, String key, int count, Duration timeout) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, EndToEndStack.config().kafkaBootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(partition -> new TopicPartition(partition.topic(), partition.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<String> values = new ArrayList<>();
            await(count + " records keyed " + key + " on " + topic).atMost(timeout).pollInSameThread()
                    .until(() -> {
                        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                            if (key.equals(record.key())) {
                                values.add(record.value());
                            }
                        }
                        return values.size() >= count;
                    });
            return values.subList(0, count);
        }
    }
}
