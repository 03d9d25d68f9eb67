package org.ogi.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Whether a Docker engine answers. Plain JDK (the engine API's {@code GET /_ping} over its Unix socket or TCP), so that
 * deciding on embedded servers loads nothing of Testcontainers.
 */
public interface DockerProbe {

    Duration TIMEOUT = Duration.ofSeconds(2);
    String DEFAULT_SOCKET = "unix:///var/run/docker.sock";

    boolean answers();

    /** Where it asks, for messages. */
    String address();

    /** The engine at {@code DOCKER_HOST} ({@code unix://} or {@code tcp://}), else at the default socket. */
    static DockerProbe local() {
        return at(Optional.ofNullable(System.getenv("DOCKER_HOST")).orElse(DEFAULT_SOCKET));
    }

    static DockerProbe at(String dockerHost) {
        return new DockerProbe() {
            @Override
            public boolean answers() {
                return ping(dockerHost);
            }

            @Override
            public String address() {
                return dockerHost;
            }
        };
    }

    private static boolean ping(String dockerHost) {
        URI uri = URI.create(dockerHost);
        Map<String, String> schemes = Map.of("unix", "unix", "tcp", "tcp", "http", "tcp");
        String scheme = schemes.get(String.valueOf(uri.getScheme()));
        if (scheme == null) {
            return false; // npipe:// and ssh:// are not probed here; use containers explicitly
        }
        SocketAddress address;
        if (scheme.equals("unix")) {
            Path socket = Path.of(uri.getPath());
            if (!Files.exists(socket)) {
                return false;
            }
            address = UnixDomainSocketAddress.of(socket);
        } else {
            address = new InetSocketAddress(uri.getHost(), uri.getPort());
        }
        CompletableFuture<Boolean> answer = CompletableFuture.supplyAsync(() -> exchange(address));
        try {
            return answer.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            answer.cancel(true);
            return false;
        }
    }

    private static boolean exchange(SocketAddress address) {
        StandardProtocolFamily family =
                address instanceof UnixDomainSocketAddress ? StandardProtocolFamily.UNIX : StandardProtocolFamily.INET;
        try (SocketChannel channel = SocketChannel.open(family)) {
            channel.connect(address);
            channel.write(
                    ByteBuffer.wrap("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer response = ByteBuffer.allocate(512);
            while (channel.read(response) >= 0 && response.hasRemaining()) {
                // HTTP/1.0: the engine closes the connection after the answer
            }
            String text = new String(response.array(), 0, response.position(), StandardCharsets.US_ASCII);
            return text.startsWith("HTTP/1.") && text.contains(" 200 ");
        } catch (IOException e) {
            return false;
        }
    }
}
