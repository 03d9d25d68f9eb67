package org.ogi.notification.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ogi.notification.service.ReportSignature;

/**
 * An SMS gateway speaking the documented contract (README): POST /sms/messages {"id","to","text"} answers 202
 * {"providerId"}; numbers starting 100 are refused for good (422), 199 as unavailable (503). It records what it
 * accepted and then reports its delivery to the service under test, signed: numbers starting 104 UNDELIVERED (空号),
 * all others DELIVERED; a report the service does not take (409: not yet marked sent) is sent again.
 */
public final class RecordingSmsGateway {

    public record Sms(String id, String to, String text, String providerId) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<Sms> received = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String secret;

    public RecordingSmsGateway(String secret) {
        this.secret = secret;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/sms/messages", exchange -> {
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            String to = body.path("to").asText();
            int status;
            String answer;
            if (to.startsWith("100")) {
                status = 422;
                answer = "{\"error\":\"invalid number\"}";
            } else if (to.startsWith("199")) {
                status = 503;
                answer = "{\"error\":\"unavailable\"}";
            } else {
                String providerId = "sms-" + UUID.randomUUID();
                Sms sms =
                        new Sms(body.path("id").asText(), to, body.path("text").asText(), providerId);
                received.add(sms);
                status = 202;
                answer = "{\"providerId\":\"" + providerId + "\"}";
                Thread reporter = new Thread(() -> report(sms), "sms-delivery-report");
                reporter.setDaemon(true);
                reporter.start();
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms/";
    }

    public List<Sms> to(String number) {
        return received.stream().filter(s -> s.to().equals(number)).toList();
    }

    /** The delivery report of {@code sms}, as the gateway signs it (tests send it again, or alter it). */
    public byte[] reportOf(Sms sms, boolean delivered) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("id", sms.id());
        report.put("providerId", sms.providerId());
        report.put("status", delivered ? "DELIVERED" : "UNDELIVERED");
        report.put("at", OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).toString());
        if (!delivered) {
            report.put("reason", "空号");
        }
        try {
            return JSON.writeValueAsBytes(report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String sign(byte[] body) {
        return ReportSignature.sign(secret, body);
    }

    /** Reports to the service under test (RestAssured's port: the running application's) until it takes it. */
    private void report(Sms sms) {
        byte[] body = reportOf(sms, !sms.to().startsWith("104"));
        for (int attempt = 0; attempt < 100; attempt++) {
            try {
                HttpResponse<Void> answer = http.send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://127.0.0.1:" + RestAssured.port + "/api/sms/delivery-reports"))
                                .header("Content-Type", "application/json")
                                .header(ReportSignature.HEADER, sign(body))
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() / 100 == 2 || answer.statusCode() / 100 == 4 && answer.statusCode() != 409) {
                    return;
                }
            } catch (IOException e) {
                // The service is not listening (yet): try again.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    public void stop() {
        server.stop(0);
    }
}
