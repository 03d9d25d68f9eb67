package org.ogi.deadline.domain;

/** A calendar text that does not follow the {@link CalendarFile} format; the message names the line. */
public class CalendarFormatException extends IllegalArgumentException {

    private final int lineNumber;

    public CalendarFormatException(int lineNumber, String problem) {
        super("line " + lineNumber + ": " + problem);
        this.lineNumber = lineNumber;
    }

    public CalendarFormatException(int lineNumber, String problem, Throwable cause) {
        super("line " + lineNumber + ": " + problem, cause);
        this.lineNumber = lineNumber;
    }

    /** 1-based line number in the parsed text. */
    public int lineNumber() {
        return lineNumber;
    }
}
