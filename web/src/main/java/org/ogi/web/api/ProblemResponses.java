package org.ogi.web.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;
import org.ogi.web.forms.Messages;

/** Turns every non-2xx answer of a service into an {@link ApiProblem}, reading its problem document if it has one. */
public class ProblemResponses implements ResponseExceptionMapper<ApiProblem> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ApiProblem toThrowable(Response response) {
        String body = response.hasEntity() ? response.readEntity(String.class) : "";
        return parse(response.getStatus(), body);
    }

    /** Lenient: a body that is no problem document still gives the status. */
    public static ApiProblem parse(int status, String body) {
        JsonNode problem;
        try {
            problem = body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (Exception notJson) {
            problem = JSON.createObjectNode();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (JsonNode error : problem.path("errors")) {
            fields.merge(
                    error.path("field").asText(),
                    Messages.zh(error.path("message").asText()),
                    (first, second) -> first + "；" + second);
        }
        List<String> allowed = new ArrayList<>();
        problem.path("allowedActions").forEach(action -> allowed.add(action.asText()));
        List<Map<String, Object>> discrepancies = new ArrayList<>();
        problem.path("discrepancies")
                .forEach(d -> discrepancies.add(JSON.convertValue(d, new TypeReference<Map<String, Object>>() {})));
        return new ApiProblem(
                status,
                problem.path("title")
                        .asText(
                                Response.Status.fromStatusCode(status) == null
                                        ? "HTTP " + status
                                        : Response.Status.fromStatusCode(status).getReasonPhrase()),
                problem.hasNonNull("detail") ? problem.get("detail").asText() : null,
                fields,
                allowed,
                discrepancies);
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 300;
    }
}
