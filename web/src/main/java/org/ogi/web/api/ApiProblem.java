package org.ogi.web.api;

import io.quarkus.qute.TemplateData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service's refusal as its RFC 9457 problem: the status, the detail and the offending fields by JSON path (which
 * the forms use as their input names, so each error lands next to its field).
 *
 * @param allowedActions what the caller may do instead, from a 409
 * @param discrepancies the failed invariants of an annual report, from report-service's 409
 */
@TemplateData
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final String detail;
    private final Map<String, String> fieldErrors;
    private final List<String> allowedActions;
    private final List<Map<String, Object>> discrepancies;

    public ApiProblem(
            int status,
            String title,
            String detail,
            Map<String, String> fieldErrors,
            List<String> allowedActions,
            List<Map<String, Object>> discrepancies) {
        super(status + " " + title + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.fieldErrors = new LinkedHashMap<>(fieldErrors);
        this.allowedActions = List.copyOf(allowedActions);
        this.discrepancies = List.copyOf(discrepancies);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    public List<String> allowedActions() {
        return allowedActions;
    }

    public List<Map<String, Object>> discrepancies() {
        return discrepancies;
    }
}
