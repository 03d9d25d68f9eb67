package org.ogi.stack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SMTP server notification-service sends to (GreenMail, mail read over HTTP) and the SMS gateway that records
 * texts, as one child JVM ({@link MailServerMain}); external when the agency's mail relay is configured
 * ({@code OGI_SMTP_HOST}), in which case the services send there and nothing is started.
 */
final class MailComponent implements Component {

    private static final List<String> JVM_OPTIONS = List.of("-Xms32m", "-Xmx192m", "-Djava.awt.headless=true");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final StackConfig config;
    private volatile Process server;

    MailComponent(StackConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "mail";
    }

    @Override
    public String address() {
        return config.smtpHost() + ":" + config.smtpPort();
    }

    @Override
    public boolean external() {
        return config.externalSmtp().isPresent();
    }

    @Override
    public boolean isReady() {
        if (external()) {
            return true;
        }
        try {
            return HTTP.send(
                                    HttpRequest.newBuilder(URI.create(config.mailReadUrl() + "/api/messages"))
                                            .timeout(Duration.ofSeconds(2))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public Optional<ProcessHandle> start(Instant deadline) throws Exception {
        Optional<ProcessHandle> process = Optional.empty();
        if (!external()) {
            server = ChildProcesses.start(
                    ChildProcesses.launcherJvm(
                            config,
                            JVM_OPTIONS,
                            MailServerMain.class.getName(),
                            Integer.toString(config.smtpPort()),
                            Integer.toString(config.mailReadPort()),
                            Integer.toString(config.smsGatewayPort()),
                            config.smsDeliveryReportUrl().toString(),
                            StackConfig.LOCAL_SMS_REPORT_SECRET),
                    Map.of(),
                    config.workDir(),
                    config.logFile(name()));
            process = Optional.of(server.toHandle());
        }
        HealthWaiter.await(name(), this::isReady, process, deadline);
        return process;
    }

    @Override
    public void stop() {
        if (server != null) {
            ChildProcesses.stop(server.toHandle(), Duration.ofSeconds(10));
        }
    }
}
