package org.ogi.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Memory of a process, or of a process and its descendants, as Linux reports it.
 *
 * @param residentKilobytes     VmRSS: every page the process has in memory, shared ones included, so a sum over
 *                              processes counts shared pages (PostgreSQL's shared buffers, the JVM's libraries)
 *                              once per process
 * @param proportionalKilobytes Pss: shared pages divided among the processes sharing them, so sums add up to what
 *                              the processes cost together
 */
record ProcessMemory(long residentKilobytes, long proportionalKilobytes) {

    static final ProcessMemory NONE = new ProcessMemory(0, 0);

    static ProcessMemory of(ProcessHandle process) {
        Path proc = Path.of("/proc", Long.toString(process.pid()));
        return new ProcessMemory(
                kilobytes(proc.resolve("status"), "VmRSS:"), kilobytes(proc.resolve("smaps_rollup"), "Pss:"));
    }

    /** Of kc.sh and its java, of the PostgreSQL server and its backends. */
    static ProcessMemory ofTree(ProcessHandle root) {
        return Stream.concat(Stream.of(root), root.descendants())
                .map(ProcessMemory::of)
                .reduce(NONE, ProcessMemory::plus);
    }

    ProcessMemory plus(ProcessMemory other) {
        return new ProcessMemory(
                residentKilobytes + other.residentKilobytes, proportionalKilobytes + other.proportionalKilobytes);
    }

    /** The number on the line starting with {@code key}, e.g. "VmRSS:	  123456 kB". */
    private static long kilobytes(Path file, String key) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(line -> line.startsWith(key))
                    .map(line -> line.replaceAll("\\D", ""))
                    .mapToLong(Long::parseLong)
                    .findFirst()
                    .orElse(0);
        } catch (IOException e) {
            return 0; // the process ended meanwhile, or this is not Linux
        }
    }
}
