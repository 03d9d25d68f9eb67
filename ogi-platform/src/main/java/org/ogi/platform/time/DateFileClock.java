package org.ogi.platform.time;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A clock whose date is read from a file (see {@link ClockConfig#file()}); the time of day is the real one, so
 * timestamps still order. The file is read again whenever it changes.
 */
final class DateFileClock extends Clock {

    private final Path file;
    private final ZoneId zone;
    private final Clock system;
    private volatile Cached cached = new Cached(null, null);

    private record Cached(Object modified, LocalDate today) {}

    DateFileClock(Path file, ZoneId zone) {
        this.file = file;
        this.zone = zone;
        this.system = Clock.system(zone);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new DateFileClock(file, other);
    }

    @Override
    public Instant instant() {
        Instant now = system.instant();
        LocalDate today = today();
        return today == null
                ? now
                : today.atTime(LocalTime.ofInstant(now, zone)).atZone(zone).toInstant();
    }

    private LocalDate today() {
        try {
            Object modified = Files.getLastModifiedTime(file);
            Cached current = cached;
            if (!modified.equals(current.modified())) {
                String text = Files.readString(file).strip();
                current = new Cached(modified, text.isEmpty() ? null : LocalDate.parse(text));
                cached = current;
            }
            return current.today();
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
