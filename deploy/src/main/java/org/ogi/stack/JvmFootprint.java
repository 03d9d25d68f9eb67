package org.ogi.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JVM options of the stack's Java processes, chosen for footprint: the whole local stack idles in at most 2.5 GB PSS
 * (issue 17; figures in the README). The serial collector has no GC threads and returns unused heap, C1 alone needs
 * neither C2's compiler threads nor its arenas and starts faster, and a small initial heap grows only as far as
 * the process needs. Peak throughput is not the point of a development stack; {@link #SERVICE_OVERRIDE} gives
 * services other options (a benchmark wanting C2).
 */
final class JvmFootprint {

    /** Replaces the services' options (all but the heap size and the URI option), e.g. {@code -XX:+UseG1GC}. */
    static final String SERVICE_OVERRIDE = "OGI_SERVICE_JAVA_OPTIONS";

    private static final List<String> SMALL =
            List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k", "-XX:ReservedCodeCacheSize=48m");

    private JvmFootprint() {}

    /** Heap between {@code initialMb} and {@code maxMb}, and {@link #SMALL}. */
    static List<String> small(int initialMb, int maxMb) {
        List<String> options = new ArrayList<>(List.of("-Xms" + initialMb + "m", "-Xmx" + maxMb + "m"));
        options.addAll(SMALL);
        return options;
    }

    /** A service's options: {@link #small}, or the heap and what {@link #SERVICE_OVERRIDE} says instead. */
    static List<String> service(Map<String, String> environment) {
        return Optional.ofNullable(environment.get(SERVICE_OVERRIDE))
                .filter(value -> !value.isBlank())
                .map(value -> {
                    List<String> options = new ArrayList<>(List.of("-Xms32m", "-Xmx256m"));
                    options.addAll(List.of(value.trim().split("\\s+")));
                    return options;
                })
                .orElseGet(() -> small(32, 256));
    }

    /**
     * kc.sh's JAVA_OPTS with {@link #small} instead of its G1 and 512 MB heap (kc.sh takes JAVA_OPTS whole when
     * set; appending would name two collectors, which the JVM refuses). Its other defaults are kept.
     */
    static String keycloak() {
        List<String> options = new ArrayList<>(List.of(
                "-XX:MetaspaceSize=96M",
                "-XX:MaxMetaspaceSize=256m",
                "-Dfile.encoding=UTF-8",
                "-Dsun.stdout.encoding=UTF-8",
                "-Dsun.err.encoding=UTF-8",
                "-Dstdout.encoding=UTF-8",
                "-Dstderr.encoding=UTF-8",
                "-XX:+ExitOnOutOfMemoryError",
                "-Djava.security.egd=file:/dev/urandom",
                "-Djdk.tls.rejectClientInitiatedRenegotiation=true"));
        options.addAll(small(64, 384));
        return String.join(" ", options);
    }
}
