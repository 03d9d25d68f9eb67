package org.ogi.platform.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.ogi.contracts.Topics;

/** Test consumer that takes 10 ms per record, and longer than SmallRye's default max age for a record ending #stall. */
@ApplicationScoped
public class SlowEventConsumer {

    static final String STALL = "#stall";
    // Over SmallRye's 60 s by more than one health check (every auto.commit.interval.ms, 5 s).
    static final Duration STALLED = Duration.ofSeconds(67);

    private final List<String> applied = new CopyOnWriteArrayList<>();

    @Incoming(Topics.DEADLINES)
    public Uni<Void> onRecord(String value) {
        return Uni.createFrom()
                .voidItem()
                .onItem()
                .delayIt()
                .by(value.endsWith(STALL) ? STALLED : Duration.ofMillis(10))
                .invoke(() -> applied.add(value));
    }

    List<String> applied() {
        return applied;
    }
}
