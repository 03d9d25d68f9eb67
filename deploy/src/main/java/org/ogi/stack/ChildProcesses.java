package org.ogi.stack;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/** Starting and stopping the processes the launcher runs. */
final class ChildProcesses {

    /** Logging of the launcher's own JVMs and of the Kafka broker; a resource of this module. */
    static final String LOG4J_CONFIG = "ogi-stack-log4j2.xml";

    private ChildProcesses() {}

    /**
     * Starts a process in the background with standard output and error appended to {@code logFile} and no input,
     * so it does not depend on the terminal or the JVM that started it.
     */
    static Process start(List<String> command, Map<String, String> environment, Path workingDir, Path logFile)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        // glibc gives each thread that allocates its own 64 MB malloc arena; two keep the JVMs' native memory small.
        builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** The java executable of this JVM: every child JVM runs on the same Java as the launcher. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A JVM running {@code mainClass} from the launcher's jar (and its {@code lib/} class path). */
    static List<String> launcherJvm(
            StackConfig config, List<String> jvmOptions, String mainClass, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(jvmOptions);
        command.add("-Dlog4j2.configurationFile=" + LOG4J_CONFIG);
        command.add("-cp");
        command.add(config.launcherJar().toString());
        command.add(mainClass);
        command.addAll(List.of(arguments));
        return command;
    }

    /**
     * Asks a process to terminate (SIGTERM) and waits for it and its descendants, killing what is left after
     * {@code grace}. Only the root is signalled first: PostgreSQL and kc.sh shut their children down themselves.
     * A wrapper that exits without passing the signal on (kc.sh can) leaves its java behind, so once the root is
     * gone its former descendants are signalled too.
     */
    static void stop(ProcessHandle root, Duration grace) {
        List<ProcessHandle> descendants = root.descendants().toList();
        root.onExit().thenRun(() -> descendants.forEach(ProcessHandle::destroy));
        root.destroy();
        List<ProcessHandle> tree =
                Stream.concat(Stream.of(root), descendants.stream()).toList();
        try {
            CompletableFuture.allOf(tree.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new))
                    .get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            tree.forEach(ProcessHandle::destroyForcibly);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            tree.forEach(ProcessHandle::destroyForcibly);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
