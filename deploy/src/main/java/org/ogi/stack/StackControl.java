package org.ogi.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * What can be done to a stack from outside: bring it up, take it down, look at it. Used by the command line and
 * by the end-to-end tests, so both run the stack the same way.
 */
public final class StackControl {

    static final String SUPERVISOR = "supervisor";
    private static final List<String> SUPERVISOR_JVM_OPTIONS = JvmFootprint.small(16, 128);
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
    /** Services, then Keycloak, Kafka and PostgreSQL each get up to 30 s to stop gracefully. */
    private static final Duration SUPERVISOR_STOP_TIMEOUT = Duration.ofSeconds(150);

    private static final Duration LEFTOVER_STOP_GRACE = Duration.ofSeconds(30);
    private static final int LOG_TAIL_LINES = 40;

    private final StackConfig config;
    private final StackComponents components;

    public StackControl(StackConfig config) {
        this.config = config;
        this.components = StackComponents.of(config);
    }

    /**
     * Starts the stack in a background supervisor JVM, unless one already runs for this work dir, and returns once
     * every component is ready. Builds nothing: the launcher and service jars must exist.
     *
     * @param progress told about each component as it becomes ready
     * @throws StackException if a component fails or the stack is not ready in time; the stack is stopped then and
     *                        the message ends with the tails of the relevant logs
     */
    public void up(Consumer<String> progress) {
        requireBuilt();
        Optional<ProcessHandle> running = runningSupervisor();
        if (running.isPresent()) {
            progress.accept(
                    "The stack already runs (supervisor pid " + running.get().pid() + ")");
        } else {
            stopLeftovers(progress);
        }
        ProcessHandle supervisor = running.orElseGet(this::forkSupervisor);
        awaitReady(supervisor, progress);
    }

    /** Stops the stack: asks the supervisor to stop, and stops processes a killed supervisor left behind. */
    public void down(Consumer<String> progress) {
        Optional<ProcessHandle> supervisor = runningSupervisor();
        if (supervisor.isPresent()) {
            progress.accept(
                    "Stopping the stack (supervisor pid " + supervisor.get().pid() + ")");
            supervisor.get().destroy();
            try {
                supervisor.get().onExit().get(SUPERVISOR_STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                progress.accept(
                        "The supervisor did not stop within " + SUPERVISOR_STOP_TIMEOUT.toSeconds() + " s; killing it");
                supervisor.get().destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StackException("Interrupted while stopping the stack", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            }
            progress.accept("The stack is stopped");
        } else {
            progress.accept("No stack runs in " + config.workDir());
        }
        stopLeftovers(progress);
    }

    /**
     * Kills a component with SIGKILL, as a crash would (its process and their descendants, so that no wrapper's
     * child survives); the supervisor starts it again. For fault tests.
     *
     * @param component a component's name: {@code kafka}, a service module, ...
     * @return the pid that was killed, for {@link #awaitRestarted}
     */
    public long kill(String component) {
        ProcessHandle process = Optional.ofNullable(
                        StackState.read(config.stateFile()).get(component))
                .filter(entry -> entry.phase() == StackState.Phase.READY)
                .flatMap(StackState.Entry::liveProcess)
                .orElseThrow(() -> new StackException(component + " does not run as a process of this stack"));
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.onExit().join();
        return process.pid();
    }

    /**
     * Waits until the supervisor has started a killed component again and it is ready.
     *
     * @param killedPid what {@link #kill} returned
     * @return how long after this call it was ready
     * @throws StackException if it is not ready within the start timeout, or failed to start
     */
    public Duration awaitRestarted(String component, long killedPid) {
        Instant begin = Instant.now();
        Instant deadline = begin.plus(config.startTimeout());
        while (true) {
            StackState.Entry entry = StackState.read(config.stateFile()).get(component);
            if (entry != null && entry.phase() == StackState.Phase.READY && entry.pid() != killedPid) {
                return Duration.between(begin, Instant.now());
            }
            if (entry != null && entry.phase() == StackState.Phase.FAILED) {
                throw new StackException(component + " did not start again." + logTail(component));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new StackException(component + " was not started again within "
                        + config.startTimeout().toSeconds() + " s." + logTail(component));
            }
            sleep(Duration.ofMillis(200));
        }
    }

    /** Each component with its process, readiness, memory and start time; the supervisor first. */
    List<ComponentStatus> status() {
        List<ComponentStatus> result = new ArrayList<>();
        Optional<ProcessHandle> supervisor = runningSupervisor();
        // Its own memory only: its descendants are the components below.
        result.add(new ComponentStatus(
                SUPERVISOR,
                config.workDir().toString(),
                false,
                supervisor,
                supervisor.isPresent(),
                supervisor.map(ProcessMemory::of).orElse(ProcessMemory.NONE),
                OptionalLong.empty()));
        Map<String, StackState.Entry> entries = StackState.read(config.stateFile());
        for (Component component : components.all()) {
            Optional<StackState.Entry> entry = Optional.ofNullable(entries.get(component.name()));
            Optional<ProcessHandle> process = entry.flatMap(StackState.Entry::liveProcess);
            // A port answering without our process behind it belongs to someone else.
            boolean up = (component.external() || process.isPresent()) && component.isReady();
            OptionalLong startupMillis = entry.filter(e -> e.startupMillis() > 0)
                    .map(e -> OptionalLong.of(e.startupMillis()))
                    .orElse(OptionalLong.empty());
            result.add(new ComponentStatus(
                    component.name(),
                    component.address(),
                    component.external(),
                    process,
                    up,
                    process.map(ProcessMemory::ofTree).orElse(ProcessMemory.NONE),
                    startupMillis));
        }
        return result;
    }

    /**
     * @param process       the running process, if the stack runs it
     * @param startupMillis from launch until ready, as the supervisor measured it
     */
    record ComponentStatus(
            String name,
            String address,
            boolean external,
            Optional<ProcessHandle> process,
            boolean up,
            ProcessMemory memory,
            OptionalLong startupMillis) {}

    private void requireBuilt() {
        List<Path> required = new ArrayList<>(List.of(config.launcherJar()));
        if (config.externalOidc().isEmpty()) {
            required.add(config.keycloakDistribution());
        }
        config.services().stream().map(config::serviceJar).forEach(required::add);
        List<Path> missing =
                required.stream().filter(path -> !Files.exists(path)).toList();
        if (!missing.isEmpty()) {
            throw new StackException(
                    "Not built yet: " + missing.stream().map(Path::toString).collect(Collectors.joining(", "))
                            + ". Build with: mvn -B -DskipTests install");
        }
    }

    private ProcessHandle forkSupervisor() {
        Path log = config.logFile(SUPERVISOR);
        LogFiles.startNew(log);
        try {
            Process supervisor = ChildProcesses.start(
                    ChildProcesses.launcherJvm(
                            config, SUPERVISOR_JVM_OPTIONS, OgiStack.class.getName(), OgiStack.SUPERVISE),
                    config.toEnvironment(),
                    config.workDir(),
                    log);
            return supervisor.toHandle();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady(ProcessHandle supervisor, Consumer<String> progress) {
        Instant deadline = Instant.now().plus(config.startTimeout());
        List<String> names = components.all().stream().map(Component::name).toList();
        Set<String> ready = new HashSet<>();
        while (true) {
            Map<String, StackState.Entry> entries = StackState.read(config.stateFile());
            for (String name : names) {
                StackState.Entry entry = entries.get(name);
                if (entry != null && entry.phase() == StackState.Phase.READY && ready.add(name)) {
                    progress.accept(String.format("%-22s ready in %5.1f s", name, entry.startupMillis() / 1000.0));
                }
            }
            if (ready.size() == names.size()) {
                return;
            }
            List<String> waitingFor =
                    names.stream().filter(name -> !ready.contains(name)).toList();
            Optional<String> failed = waitingFor.stream()
                    .filter(name ->
                            entries.containsKey(name) && entries.get(name).phase() != StackState.Phase.STARTING)
                    .findFirst();
            if (failed.isPresent()) {
                throw failure(failed.get() + " failed to start.", failed.get());
            }
            if (!supervisor.isAlive()) {
                throw failure("The supervisor exited while starting the stack.", waitingFor.get(0));
            }
            if (Instant.now().isAfter(deadline)) {
                throw failure(
                        "Not ready within " + config.startTimeout().toSeconds() + " s: " + String.join(", ", waitingFor)
                                + ".",
                        waitingFor.get(0));
            }
            sleep(POLL_INTERVAL);
        }
    }

    /** Stops the stack and describes the failure with the logs of the component and of the supervisor. */
    private StackException failure(String headline, String component) {
        String message = headline + logTail(component) + logTail(SUPERVISOR);
        down(line -> {});
        return new StackException(message + System.lineSeparator() + "The stack was stopped.");
    }

    private String logTail(String component) {
        Path log = config.logFile(component);
        String tail = LogFiles.tail(log, LOG_TAIL_LINES);
        if (tail.isEmpty()) {
            return "";
        }
        String nl = System.lineSeparator();
        return nl + nl + "--- last lines of " + log + " ---" + nl + tail;
    }

    /** Processes whose supervisor was killed, found through the state file it left; stopped in reverse order. */
    private void stopLeftovers(Consumer<String> progress) {
        List<Map.Entry<String, StackState.Entry>> entries =
                new ArrayList<>(StackState.read(config.stateFile()).entrySet());
        Collections.reverse(entries);
        for (Map.Entry<String, StackState.Entry> entry : entries) {
            entry.getValue().liveProcess().ifPresent(process -> {
                progress.accept("Stopping " + entry.getKey() + " (pid " + process.pid() + "), left behind by a"
                        + " previous run");
                ChildProcesses.stop(process, LEFTOVER_STOP_GRACE);
            });
        }
        try {
            Files.deleteIfExists(config.stateFile());
            Files.deleteIfExists(config.pidFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The supervisor of this work dir, if its pid file names a live supervisor JVM. */
    private Optional<ProcessHandle> runningSupervisor() {
        long pid;
        try {
            pid = Long.parseLong(Files.readString(config.pidFile()).trim());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The pid may have been reused since a supervisor that was killed wrote it.
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info()
                        .arguments()
                        .map(arguments -> Arrays.asList(arguments).contains(OgiStack.SUPERVISE))
                        .orElse(false));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while waiting for the stack", e);
        }
    }
}
