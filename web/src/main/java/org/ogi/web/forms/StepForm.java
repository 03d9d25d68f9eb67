package org.ogi.web.forms;

import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The form of one workflow step: the action the service lists, the sub-resource it POSTs to, its label and
 * inputs. {@code primary} steps move the case on; the others are shown as secondary buttons.
 */
@TemplateData
public record StepForm(String action, String path, String label, List<Field> fields, boolean primary) {

    public Set<String> listFields() {
        return fields.stream().filter(Field::isList).map(Field::name).collect(Collectors.toSet());
    }

    /** The path with a form value filled in, e.g. {@code consultations/{consultationId}/answers}. */
    public String pathFor(java.util.Map<String, String> form) {
        String resolved = path;
        for (String name : form.keySet()) {
            resolved = resolved.replace("{" + name + "}", form.get(name).strip());
        }
        return resolved;
    }

    public List<String> pathVariables() {
        return java.util.regex.Pattern.compile("\\{([^}]+)}")
                .matcher(path)
                .results()
                .map(match -> match.group(1))
                .toList();
    }
}
