package org.ogi.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogi.testsupport.InfrastructureChoice.Servers;

class InfrastructureChoiceTest {

    /** A probe that answers as told and counts how often it was asked. */
    private static final class FakeDocker implements DockerProbe {
        private final boolean answers;
        final AtomicInteger asked = new AtomicInteger();

        FakeDocker(boolean answers) {
            this.answers = answers;
        }

        @Override
        public boolean answers() {
            asked.incrementAndGet();
            return answers;
        }

        @Override
        public String address() {
            return "unix:///fake.sock";
        }
    }

    @Test
    void autoTakesContainersOnlyWhenDockerAnswers() {
        assertThat(InfrastructureChoice.choose(Optional.empty(), new FakeDocker(true)))
                .isEqualTo(Servers.CONTAINERS);
        assertThat(InfrastructureChoice.choose(Optional.empty(), new FakeDocker(false)))
                .isEqualTo(Servers.EMBEDDED);
        assertThat(InfrastructureChoice.choose(Optional.of(" AUTO "), new FakeDocker(true)))
                .isEqualTo(Servers.CONTAINERS);
        assertThat(InfrastructureChoice.choose(Optional.of(""), new FakeDocker(false)))
                .isEqualTo(Servers.EMBEDDED);
    }

    @Test
    void embeddedNeverAsksForDocker() {
        FakeDocker docker = new FakeDocker(true);
        assertThat(InfrastructureChoice.choose(Optional.of("embedded"), docker)).isEqualTo(Servers.EMBEDDED);
        assertThat(docker.asked).hasValue(0);
    }

    @Test
    void containersWithoutDockerIsAnErrorNotASilentFallback() {
        assertThat(InfrastructureChoice.choose(Optional.of("containers"), new FakeDocker(true)))
                .isEqualTo(Servers.CONTAINERS);
        assertThatThrownBy(() -> InfrastructureChoice.choose(Optional.of("containers"), new FakeDocker(false)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unix:///fake.sock");
    }

    @Test
    void anUnknownSettingIsRefused() {
        assertThatThrownBy(() -> InfrastructureChoice.choose(Optional.of("docker"), new FakeDocker(true)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("embedded, containers or auto");
    }

    @Test
    void theProbeAsksTheEnginesPingOverItsUnixSocket(@TempDir Path dir) throws Exception {
        Path socket = dir.resolve("docker.sock");
        try (ServerSocketChannel engine = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            engine.bind(UnixDomainSocketAddress.of(socket));
            Thread answering = answerOnce(engine, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nOK");
            assertThat(DockerProbe.at("unix://" + socket).answers()).isTrue();
            answering.join();
        }
        assertThat(DockerProbe.at("unix://" + dir.resolve("none.sock")).answers())
                .isFalse();
    }

    @Test
    void theProbeAsksOverTcpAndWantsA200(@TempDir Path dir) throws Exception {
        try (ServerSocketChannel engine = ServerSocketChannel.open()) {
            engine.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            String address = "tcp://127.0.0.1:" + ((InetSocketAddress) engine.getLocalAddress()).getPort();
            Thread answering = answerOnce(engine, "HTTP/1.1 500 Internal Server Error\r\n\r\n");
            assertThat(DockerProbe.at(address).answers()).isFalse();
            answering.join();
            answering = answerOnce(engine, "HTTP/1.1 200 OK\r\n\r\nOK");
            assertThat(DockerProbe.at(address).answers()).isTrue();
            answering.join();
        }
        assertThat(DockerProbe.at("npipe:////./pipe/docker_engine").answers()).isFalse();
    }

    /** Reads the request line and answers with {@code response}, then closes, like the engine with HTTP/1.0. */
    private static Thread answerOnce(ServerSocketChannel engine, String response) {
        Thread thread = new Thread(() -> {
            try (SocketChannel client = engine.accept()) {
                ByteBuffer request = ByteBuffer.allocate(256);
                client.read(request);
                assertThat(new String(request.array(), 0, request.position(), StandardCharsets.US_ASCII))
                        .startsWith("GET /_ping ");
                client.write(ByteBuffer.wrap(response.getBytes(StandardCharsets.US_ASCII)));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        thread.start();
        return thread;
    }
}
