package org.ogi.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Resident memory as Linux reports it, summed over a process and its descendants (kc.sh and its java). */
final class ProcessMemory {

    private ProcessMemory() {
    }

    static long residentKilobytes(ProcessHandle root) {
        return Stream.concat(Stream.of(root), root.descendants()).mapToLong(ProcessMemory::vmRssKilobytes).sum();
    }

    private static long vmRssKilobytes(ProcessHandle process) {
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
