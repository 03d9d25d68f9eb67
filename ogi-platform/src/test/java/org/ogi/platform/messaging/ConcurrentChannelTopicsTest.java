package org.ogi.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConcurrentChannelTopicsTest {

    private final ConcurrentChannelTopics source = new ConcurrentChannelTopics();

    @Test
    void aChannelCopyReadsItsChannelsTopicAndDeadLetterTopic() {
        assertThat(source.getValue("mp.messaging.incoming.ogi.requests$2.topic"))
                .isEqualTo("ogi.requests");
        assertThat(source.getValue("mp.messaging.incoming.ogi.requests$2.dead-letter-queue.topic"))
                .isEqualTo("dead-letter-topic-ogi.requests");
    }

    @Test
    void aChannelNameWithDotsIsQuotedInTheKey() {
        assertThat(source.getValue("mp.messaging.incoming.\"ogi.cases$3\".topic"))
                .isEqualTo("ogi.cases");
        assertThat(source.getValue("mp.messaging.incoming.\"ogi.cases$3\".dead-letter-queue.topic"))
                .isEqualTo("dead-letter-topic-ogi.cases");
    }

    @Test
    void otherSettingsAndTheChannelItselfAreLeftToTheFiles() {
        assertThat(source.getValue("mp.messaging.incoming.ogi.requests.topic")).isNull();
        assertThat(source.getValue("mp.messaging.incoming.ogi.requests$1.group.id"))
                .isNull();
        assertThat(source.getValue("kafka.bootstrap.servers")).isNull();
    }
}
