package org.ogi.platform.messaging;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * With {@code concurrency} set, SmallRye runs copies of an incoming channel named {@code <channel>$1},
 * {@code <channel>$2}, … and derives their defaults from those names, so the topic would default to
 * {@code ogi.requests$1} and the dead-letter topic to {@code dead-letter-topic-ogi.requests$1}, which Kafka refuses.
 * Channels are named after their topic and set none (see the shared config), so every copy gets its channel's name
 * as topic and the dead-letter topic the channel itself would have. A setting for one copy in a file still wins.
 */
public final class ConcurrentChannelTopics implements ConfigSource {

    // A channel name with dots is quoted in the key: mp.messaging.incoming."ogi.requests$1".topic
    private static final Pattern COPY_SETTING =
            Pattern.compile("mp\\.messaging\\.incoming\\.(\"?)(.+)\\$\\d+\\1\\.(topic|dead-letter-queue\\.topic)");

    @Override
    public Set<String> getPropertyNames() {
        return Set.of();
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of();
    }

    @Override
    public String getValue(String propertyName) {
        Matcher copy = COPY_SETTING.matcher(propertyName);
        if (!copy.matches()) {
            return null;
        }
        String channel = copy.group(2);
        return copy.group(3).equals("topic") ? channel : "dead-letter-topic-" + channel;
    }

    @Override
    public String getName() {
        return "ogi-concurrent-channel-topics";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }
}
