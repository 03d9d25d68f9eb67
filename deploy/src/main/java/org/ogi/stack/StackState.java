package org.ogi.stack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The supervisor's record of its components in {@code <work dir>/stack.state}: phase, process and how long the
 * start took. {@code up} follows it, {@code status} shows it and {@code down} uses it to find processes left
 * behind by a supervisor that was killed.
 */
final class StackState {

    enum Phase {
        STARTING,
        READY,
        FAILED,
        EXITED
    }

    /**
     * @param pid            0 while there is no process (still starting, or external)
     * @param processStart   start time of that process in epoch milliseconds, to tell it from a later process
     *                       that got the same pid
     * @param startupMillis  from launching the component until its readiness check passed
     */
    record Entry(Phase phase, long pid, long processStart, long startupMillis) {

        Optional<ProcessHandle> liveProcess() {
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> startMillis(process) == processStart);
        }
    }

    private final Path file;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    StackState(Path file) {
        this.file = file;
    }

    synchronized void starting(String component) {
        update(component, new Entry(Phase.STARTING, 0, 0, 0));
    }

    synchronized void ready(String component, Optional<ProcessHandle> process, long startupMillis) {
        update(
                component,
                new Entry(
                        Phase.READY,
                        process.map(ProcessHandle::pid).orElse(0L),
                        process.map(StackState::startMillis).orElse(0L),
                        startupMillis));
    }

    synchronized void failed(String component) {
        update(component, new Entry(Phase.FAILED, 0, 0, 0));
    }

    synchronized void exited(String component) {
        Entry entry = entries.get(component);
        update(component, new Entry(Phase.EXITED, entry.pid(), entry.processStart(), entry.startupMillis()));
    }

    synchronized void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries in the order the supervisor started the components; empty if no stack runs. */
    static Map<String, Entry> read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Entry> result = new LinkedHashMap<>();
        String order = properties.getProperty("components", "");
        for (String component : order.isEmpty() ? new String[0] : order.split(",")) {
            result.put(
                    component,
                    new Entry(
                            Phase.valueOf(properties.getProperty(component + ".phase")),
                            Long.parseLong(properties.getProperty(component + ".pid")),
                            Long.parseLong(properties.getProperty(component + ".processStart")),
                            Long.parseLong(properties.getProperty(component + ".startupMillis"))));
        }
        return result;
    }

    private void update(String component, Entry entry) {
        entries.put(component, entry);
        Properties properties = new Properties();
        properties.setProperty("components", String.join(",", entries.keySet()));
        entries.forEach((name, e) -> {
            properties.setProperty(name + ".phase", e.phase().name());
            properties.setProperty(name + ".pid", Long.toString(e.pid()));
            properties.setProperty(name + ".processStart", Long.toString(e.processStart()));
            properties.setProperty(name + ".startupMillis", Long.toString(e.startupMillis()));
        });
        // Written aside and moved, so that readers never see half a file.
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (Writer writer = Files.newBufferedWriter(temporary)) {
                properties.store(writer, "OGI stack components, written by the supervisor");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long startMillis(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }
}
