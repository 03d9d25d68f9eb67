package org.ogi.notification.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An SMS gateway speaking the documented contract (README): POST /sms/messages {"id","to","text"} answers 202
 * {"providerId"}; numbers starting 100 are refused for good (422), 199 as unavailable (503). It records what it
 * accepted.
 */
public final class RecordingSmsGateway {

    public record Sms(String id, String to, String text, String providerId) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<Sms> received = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    public RecordingSmsGateway() {
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
                received.add(
                        new Sms(body.path("id").asText(), to, body.path("text").asText(), providerId));
                status = 202;
                answer = "{\"providerId\":\"" + providerId + "\"}";
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

    public void stop() {
        server.stop(0);
    }
}
