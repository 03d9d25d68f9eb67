package org.ogi.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Resident memory (VmRSS) as Linux reports it. */
final class ProcessMemory {

    private ProcessMemory() {
    }

    /** Of a process and its descendants: kc.sh and its java, the PostgreSQL server and its backends. */
    static long residentKilobytesOfTree(ProcessHandle root) {
        return Stream.concat(Stream.of(root), root.descendants()).mapToLong(ProcessMemory::residentKilobytes).sum();
    }

    static long residentKilobytes(ProcessHandle process) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            // "VmRSS:	  123456 kB"
            return lines.filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> line.replaceAll("\\D", ""))
                    .mapToLong(Long::parseLong)
                    .findFirst()
                    .orElse(0);
        } catch (IOException e) {
            return 0; // the process ended meanwhile, or this is not Linux
        }
    }
}
