package org.ogi.e2e;

import io.restassured.RestAssured;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.ogi.stack.StackConfig;
import org.ogi.stack.StackControl;
import org.ogi.stack.StackException;

/**
 * The stack the end-to-end tests run against, started by the same launcher as {@code ./ogi up}: once for the whole
 * test run, and stopped by JUnit after the last test. Its ports are 10000 above the default ones and its work dir is
 * {@code target/stack}, so it can run beside a stack started with {@code ./ogi up}. OGI_* settings in the
 * environment (external infrastructure, OGI_SERVICES) apply to it as they do to {@code ./ogi up}. With
 * {@code -Dogi.e2e.running-stack} the tests use the stack that OGI_WORK_DIR and OGI_PORT_OFFSET name, started by
 * hand, and leave it running (to repeat one suite without waiting for a start each time).
 */
public final class EndToEndStack implements BeforeAllCallback {

    static {
        // A failing check then shows the whole exchange.
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static final int PORT_OFFSET = 10_000;
    private static final boolean RUNNING_STACK = Boolean.getBoolean("ogi.e2e.running-stack");
    private static final StackConfig CONFIG = RUNNING_STACK
            ? StackConfig.fromEnvironment(System.getenv())
            : StackConfig.fromEnvironment(System.getenv())
                    .withWorkDir(Path.of("target", "stack"))
                    .withPortOffset(PORT_OFFSET);

    public static StackConfig config() {
        return CONFIG;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(Session.class, key -> Session.start(), Session.class)
                .requireStarted();
    }

    /**
     * One start of the stack. A failed start is kept too, so that the other test classes fail at once instead of
     * trying again for minutes.
     */
    private record Session(StackControl control, Optional<StackException> failure) implements AutoCloseable {

        static Session start() {
            StackControl control = new StackControl(CONFIG);
            if (!RUNNING_STACK) {
                // A stack an aborted run left behind would still run the previous build.
                control.down(Session::print);
            }
            try {
                control.up(Session::print);
                return new Session(control, Optional.empty());
            } catch (StackException e) {
                return new Session(control, Optional.of(e));
            }
        }

        void requireStarted() {
            if (failure.isPresent()) {
                throw failure.get();
            }
        }

        @Override
        public void close() {
            if (!RUNNING_STACK) {
                control.down(Session::print);
            }
        }

        private static void print(String progress) {
            System.out.println("[e2e stack] " + progress);
        }
    }
}
