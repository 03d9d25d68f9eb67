package org.ogi.stack;

/** Something the person running the stack must fix or look into; the message says what. */
public class StackException extends RuntimeException {

    public StackException(String message) {
        super(message);
    }

    public StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
