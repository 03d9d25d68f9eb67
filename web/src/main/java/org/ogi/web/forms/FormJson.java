package org.ogi.web.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * A submitted form as the JSON body of a service: the inputs are named by the body's JSON paths
 * ({@code applicant.name}), so the field paths of the service's problem name the inputs to mark. Empty inputs are
 * left out (the service applies its defaults); inputs named in {@code lists} are one item a line.
 */
public final class FormJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormJson() {}

    public static ObjectNode of(Map<String, String> form, Set<String> lists) {
        ObjectNode root = JSON.createObjectNode();
        form.forEach((name, raw) -> {
            String value = raw == null ? "" : raw.strip();
            if (value.isEmpty() || name.startsWith("_")) {
                return;
            }
            String[] path = name.split("\\.");
            ObjectNode parent = root;
            for (String step : Arrays.copyOf(path, path.length - 1)) {
                parent = parent.has(step) && parent.get(step).isObject()
                        ? (ObjectNode) parent.get(step)
                        : parent.putObject(step);
            }
            String leaf = path[path.length - 1];
            if (lists.contains(name)) {
                ArrayNode items = parent.putArray(leaf);
                value.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(items::add);
            } else {
                parent.put(leaf, value);
            }
        });
        return root;
    }

    public static ObjectNode of(Map<String, String> form) {
        return of(form, Set.of());
    }
}
