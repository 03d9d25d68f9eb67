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

    private ChildProcesses() {
    }

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
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** The java executable of this JVM: every child JVM runs on the same Java as the launcher. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A JVM running {@code mainClass} from the launcher's jar (and its {@code lib/} class path). */
    static List<String> launcherJvm(StackConfig config, List<String> jvmOptions, String mainClass,
                                    String... arguments) {
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
     * Asks a process and everything it started to terminate (SIGTERM), the children first, and kills what is still
     * there after {@code grace}. Wrapper scripts such as kc.sh do not always pass the signal on to their java
     * child, hence the whole tree.
     */
    static void stop(ProcessHandle root, Duration grace) {
        List<ProcessHandle> tree = Stream.concat(root.descendants(), Stream.of(root)).toList();
        tree.forEach(ProcessHandle::destroy);
        CompletableFuture<?>[] exits = tree.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            tree.forEach(ProcessHandle::destroyForcibly);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
