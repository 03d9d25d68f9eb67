package org.ogi.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.ogi.contracts.CloudEvent;
import org.ogi.contracts.EventCodec;

/** Reads and writes the test broker's (or the end-to-end stack's) topics directly, the way another service would. */
public final class KafkaTestClient {

    private KafkaTestClient() {}

    /** Waits up to {@code timeout} for events on {@code topic} keyed by {@code key} and returns all seen by then. */
    public static List<CloudEvent> eventsFor(String topic, String key, int atLeast, Duration timeout) {
        return records(topic, r -> key.equals(r.key()), atLeast, timeout).stream()
                .map(r -> EventCodec.fromJson(r.value()))
                .toList();
    }

    /**
     * Reads {@code topic} from the beginning until {@code atLeast} matching records were seen or the timeout
     * passed; a test that expects nothing passes {@code atLeast = Integer.MAX_VALUE} and a short timeout.
     */
    public static List<ConsumerRecord<String, String>> records(
            String topic, Predicate<ConsumerRecord<String, String>> match, int atLeast, Duration timeout) {
        return records(OgiInfrastructure.kafkaBootstrapServers(), topic, match, atLeast, timeout);
    }

    /**
     * The values of the first {@code count} records keyed {@code key} on {@code topic} of the broker at
     * {@code bootstrapServers} (the end-to-end stack's), in order; fails if fewer arrive within the timeout.
     */
    public static List<String> valuesKeyed(
            String bootstrapServers, String topic, String key, int count, Duration timeout) {
        List<ConsumerRecord<String, String>> records =
                records(bootstrapServers, topic, r -> key.equals(r.key()), count, timeout);
        if (records.size() < count) {
            throw new AssertionError(count + " records keyed " + key + " on " + topic + " within " + timeout + "; saw "
                    + records.size());
        }
        return records.subList(0, count).stream().map(ConsumerRecord::value).toList();
    }

    private static List<ConsumerRecord<String, String>> records(
            String bootstrapServers,
            String topic,
            Predicate<ConsumerRecord<String, String>> match,
            int atLeast,
            Duration timeout) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<ConsumerRecord<String, String>> matching = new ArrayList<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (matching.size() < atLeast && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(100)).forEach(r -> {
                    if (match.test(r)) {
                        matching.add(r);
                    }
                });
            }
            return matching;
        }
    }

    public static void send(String topic, String key, String value) {
        sendAll(topic, key, List.of(value));
    }

    /** Sends the values in their order, all keyed {@code key}, with one producer: a backlog in one partition. */
    public static void sendAll(String topic, String key, List<String> values) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, OgiInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (String value : values) {
                sent.add(producer.send(new ProducerRecord<>(topic, key, value)));
            }
            for (Future<RecordMetadata> record : sent) {
                record.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not send test records", e);
        }
    }
}
