package org.ogi.notification.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.ogi.notification.config.NotificationConfig;
import org.ogi.notification.domain.NotificationChannel;
import org.ogi.notification.domain.SendResult;
import org.ogi.notification.service.ChannelSender;
import org.ogi.notification.service.OutgoingMessage;

/**
 * Text messages through the provider's HTTP gateway (README: "SMS gateway contract"): POST {gateway}/messages
 * with {@code {"id","to","text"}}; 2xx with {@code {"providerId"}} is accepted, 4xx is permanent (invalid
 * number), 5xx or no answer is retried. The {@code id} lets the gateway drop a re-sent copy.
 */
@ApplicationScoped
public class SmsSender implements ChannelSender {

    private final NotificationConfig config;
    private final ObjectMapper json;
    private final HttpClient http;

    SmsSender(NotificationConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        this.http =
                HttpClient.newBuilder().connectTimeout(config.sms().timeout()).build();
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.SMS;
    }

    @Override
    public SendResult send(OutgoingMessage message) {
        if (config.sms().gatewayUrl().isEmpty()) {
            return new SendResult.Failed("no SMS gateway configured (ogi.notification.sms.gateway-url)", true);
        }
        if (message.text() == null || message.text().isBlank()) {
            return new SendResult.Failed("this notice has no text message", true);
        }
        try {
            String body = json.writeValueAsString(
                    Map.of("id", message.messageId(), "to", message.address(), "text", message.text()));
            HttpRequest request = HttpRequest.newBuilder(
                            config.sms().gatewayUrl().get().resolve("messages"))
                    .timeout(config.sms().timeout())
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build();
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            int status = response.statusCode();
            if (status / 100 == 2) {
                JsonNode answer = json.readTree(response.body());
                return new SendResult.Sent(answer.path("providerId").asText(message.messageId()));
            }
            return new SendResult.Failed("SMS gateway " + status + ": " + response.body(), status / 100 == 4);
        } catch (IOException e) {
            return new SendResult.Failed("SMS gateway unreachable: " + e.getMessage(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SendResult.Failed("interrupted", false);
        }
    }
}
