package org.ogi.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background JVM that owns a running stack ({@code OgiStack supervise}, forked by {@code up}). It starts the
 * infrastructure in parallel, then the services in parallel (Keycloak beside them, see
 * {@link Component#neededByStartingServices()}), and records each component in the state file. A
 * component that exits after it was ready (a crash, or {@link StackControl#kill}) is started again. On SIGTERM
 * ({@code down}), or when a component fails to start, it stops everything in reverse order.
 */
final class Supervisor {

    private static final Logger LOG = LoggerFactory.getLogger(Supervisor.class);
    /** How long a stop waits for components that are still starting to notice it. */
    private static final Duration STARTERS_GRACE = Duration.ofSeconds(30);

    private final StackConfig config;
    private final StackComponents components;
    private final StackState state;
    private final ExecutorService starters = Executors.newCachedThreadPool();
    /** Components whose start began, and so may have something to stop. */
    private final Set<Component> launched = ConcurrentHashMap.newKeySet();

    private volatile boolean stopping;
    private volatile boolean startFailed;

    Supervisor(StackConfig config) {
        this.config = config;
        this.components = StackComponents.of(config);
        this.state = new StackState(config.stateFile());
    }

    /** Starts the stack and keeps running until the JVM is asked to stop. */
    void run() throws IOException, InterruptedException {
        Files.createDirectories(config.workDir());
        Files.writeString(
                config.pidFile(), Long.toString(ProcessHandle.current().pid()));
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "ogi-stack-stop"));
        LOG.info("Starting the stack in {}", config.workDir());
        Instant deadline = Instant.now().plus(config.startTimeout());
        try {
            Map<Boolean, List<Component>> infrastructure = components.infrastructure().stream()
                    .collect(Collectors.partitioningBy(Component::neededByStartingServices));
            Future<Void> besideServices = starters.submit(() -> {
                startAll(infrastructure.get(false), deadline);
                return null;
            });
            startAll(infrastructure.get(true), deadline);
            startAll(components.services(), deadline);
            awaitStarted(besideServices);
        } catch (StackException | InterruptedException e) {
            if (stopping) {
                return; // asked to stop while starting: the shutdown hook is at it
            }
            LOG.error("The stack did not start", e);
            startFailed = true;
            System.exit(1); // the shutdown hook stops what did start
        }
        LOG.info("The stack is up");
        Thread.currentThread().join();
    }

    /** Starts a group of components side by side; fails as soon as one of them fails. */
    private void startAll(List<Component> group, Instant deadline) throws InterruptedException {
        CompletionService<Void> started = new ExecutorCompletionService<>(starters);
        for (Component component : group) {
            state.starting(component.name()); // here, not in the thread: keeps the state file in start order
            LogFiles.startNew(config.logFile(component.name()));
            started.submit(() -> start(component, deadline));
        }
        for (int i = 0; i < group.size(); i++) {
            try {
                started.take().get();
            } catch (ExecutionException e) {
                throw new StackException(e.getCause().getMessage(), e.getCause());
            }
        }
    }

    private static void awaitStarted(Future<Void> group) throws InterruptedException {
        try {
            group.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof StackException failure
                    ? failure
                    : new StackException(e.getCause().getMessage(), e.getCause());
        }
    }

    private Void start(Component component, Instant deadline) throws Exception {
        String name = component.name();
        launched.add(component);
        long begin = System.nanoTime();
        try {
            Optional<ProcessHandle> process = component.start(deadline);
            long startupMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);
            state.ready(name, process, startupMillis);
            LOG.info(
                    "{} ready in {} ms ({})",
                    name,
                    startupMillis,
                    process.map(p -> "pid " + p.pid()).orElse("external " + component.address()));
            process.ifPresent(p -> p.onExit().thenRun(() -> exited(component)));
            return null;
        } catch (Exception e) {
            state.failed(name);
            throw new StackException(
                    name + " did not start: " + (e instanceof StackException ? e.getMessage() : e) + " (see "
                            + config.logFile(name) + ")",
                    e);
        }
    }

    /** Starts a component again that exited while the stack runs; its log goes on, so the crash stays in it. */
    private void exited(Component component) {
        if (stopping) {
            return;
        }
        LOG.error(
                "{} exited unexpectedly; starting it again (see {})",
                component.name(),
                config.logFile(component.name()));
        state.exited(component.name());
        state.starting(component.name());
        try {
            starters.submit(() -> {
                try {
                    return start(component, Instant.now().plus(config.startTimeout()));
                } catch (Exception e) {
                    LOG.error("{} did not start again", component.name(), e);
                    return null;
                }
            });
        } catch (RejectedExecutionException e) {
            // the stack is stopping
        }
    }

    /** Shutdown hook: services first, then the infrastructure they use, in reverse start order. */
    private void stop() {
        stopping = true;
        LOG.info("Stopping the stack");
        starters.shutdownNow();
        try {
            if (!starters.awaitTermination(STARTERS_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Components still starting after {}; stopping anyway", STARTERS_GRACE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopSideBySide(components.services());
        List<Component> infrastructure = new ArrayList<>(components.infrastructure());
        Collections.reverse(infrastructure);
        infrastructure.forEach(this::stop);
        if (!startFailed) {
            state.delete(); // after a failed start, up still has to read which component failed
        }
        try {
            Files.deleteIfExists(config.pidFile());
        } catch (IOException e) {
            LOG.warn("Cannot delete {}", config.pidFile(), e);
        }
        LOG.info("The stack is stopped");
    }

    private void stopSideBySide(List<Component> group) {
        List<Thread> stoppers = group.stream()
                .map(component -> new Thread(() -> stop(component)))
                .toList();
        stoppers.forEach(Thread::start);
        for (Thread stopper : stoppers) {
            try {
                stopper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void stop(Component component) {
        if (!launched.contains(component) || component.external()) {
            return;
        }
        long begin = System.nanoTime();
        try {
            component.stop();
            LOG.info("{} stopped in {} ms", component.name(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin));
        } catch (RuntimeException e) {
            LOG.error("Stopping {} failed", component.name(), e);
        }
    }
}
