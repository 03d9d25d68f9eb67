package org.ogi.intake.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.ogi.intake.persistence.InformationRequestEntity;
import org.ogi.intake.persistence.TrackingNumbers;
import org.ogi.platform.outbox.Outbox;

/**
 * Group commit of registrations. Gap-free numbers mean an agency's counter row stays locked until the registering
 * transaction commits, so one agency's registrations commit one after another. Registrations of an agency and year
 * that arrive while its previous batch is being written therefore wait and are written together in ONE transaction:
 * one counter update for all their numbers, one repeat look-up for all their applicants, one insert of their rows and
 * one of their outbox rows, one commit (and one fsync). A failing batch is retried one registration at a time, so a
 * bad one fails alone.
 */
@ApplicationScoped
public class RegistrationBatcher {

    private static final int MAX_BATCH = 64;

    private final TrackingNumbers trackingNumbers;
    private final RepeatFlags repeatFlags;
    private final RequestEvents events;
    private final Outbox outbox;
    private final Vertx vertx;
    private final Map<LaneKey, Lane> lanes = new ConcurrentHashMap<>();
    private final AtomicLong transactions = new AtomicLong();

    RegistrationBatcher(
            TrackingNumbers trackingNumbers,
            RepeatFlags repeatFlags,
            RequestEvents events,
            Outbox outbox,
            Vertx vertx) {
        this.trackingNumbers = trackingNumbers;
        this.repeatFlags = repeatFlags;
        this.events = events;
        this.outbox = outbox;
        this.vertx = vertx;
    }

    /** Numbers, flags, stores and announces a validated request; the item comes once it has committed. */
    public Uni<InformationRequestEntity> register(InformationRequestEntity request, int year) {
        Context caller = Vertx.currentContext();
        return Uni.createFrom().emitter(emitter -> {
            Lane lane = lanes.computeIfAbsent(new LaneKey(request.agency, year), Lane::new);
            if (lane.add(new Pending(request, caller, emitter))) {
                writeNext(lane);
            }
        });
    }

    /** Registration transactions committed so far (each may hold several registrations). */
    public long transactionsCommitted() {
        return transactions.get();
    }

    private void writeNext(Lane lane) {
        List<Pending> batch = lane.take();
        if (batch.isEmpty()) {
            return;
        }
        // A context of its own: the batch's session must not be mixed up with a caller's.
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> write(lane.key, batch)
                .onFailure()
                .recoverWithUni(failure -> batch.size() == 1
                        ? Uni.createFrom().voidItem().invoke(() -> batch.get(0).fail(failure))
                        : oneByOne(lane.key, batch))
                .subscribe()
                .with(done -> writeNext(lane), failure -> writeNext(lane)));
    }

    private Uni<Void> oneByOne(LaneKey key, List<Pending> batch) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Pending pending : batch) {
            chain = chain.chain(() -> write(key, List.of(pending))
                    .onFailure()
                    .invoke(pending::fail)
                    .onFailure()
                    .recoverWithNull());
        }
        return chain;
    }

    private Uni<Void> write(LaneKey key, List<Pending> batch) {
        // Deferred: a failure to even start the transaction must reach the callers, not leave them waiting.
        List<InformationRequestEntity> requests =
                batch.stream().map(Pending::request).toList();
        return Uni.createFrom()
                .deferred(() -> Panache.withTransaction(() -> trackingNumbers
                        .next(key.agency(), key.year(), batch.size())
                        .chain(numbers -> {
                            for (int i = 0; i < requests.size(); i++) {
                                requests.get(i).trackingNumber = numbers.get(i).toString();
                            }
                            return repeatFlags.flag(key.agency(), requests);
                        })
                        // Before the insert: the monthly counts look at the requests stored before this batch.
                        .chain(() -> events.of(key.agency(), requests))
                        .chain(entries ->
                                InformationRequestEntity.insertAll(requests).chain(() -> outbox.appendAll(entries)))
                        .replaceWithVoid()))
                .invoke(() -> {
                    transactions.incrementAndGet();
                    batch.forEach(Pending::complete);
                });
    }

    private record LaneKey(String agency, int year) {}

    /** The registrations of one agency and year: at most one batch of them is being written at a time. */
    private static final class Lane {
        private final LaneKey key;
        private final ArrayDeque<Pending> waiting = new ArrayDeque<>();
        private boolean writing;

        Lane(LaneKey key) {
            this.key = key;
        }

        /** Queues a registration; true when no batch is being written, so the caller must start one. */
        synchronized boolean add(Pending pending) {
            waiting.add(pending);
            if (writing) {
                return false;
            }
            writing = true;
            return true;
        }

        /** The next batch; empty (and the lane idle again) when nothing waits. */
        synchronized List<Pending> take() {
            List<Pending> batch = new ArrayList<>();
            while (batch.size() < MAX_BATCH && !waiting.isEmpty()) {
                batch.add(waiting.poll());
            }
            writing = !batch.isEmpty();
            return batch;
        }
    }

    /** A caller's registration; its answer goes back on the caller's own context. */
    private record Pending(
            InformationRequestEntity request, Context caller, UniEmitter<? super InformationRequestEntity> emitter) {

        void complete() {
            onCaller(() -> emitter.complete(request));
        }

        void fail(Throwable failure) {
            onCaller(() -> emitter.fail(failure));
        }

        private void onCaller(Runnable answer) {
            if (caller == null) {
                answer.run();
            } else {
                caller.runOnContext(ignored -> answer.run());
            }
        }
    }
}
