package org.ogi.web.forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The forms of a workflow's steps by action name, in the order the page shows them. */
final class StepCatalog {

    private final Map<String, StepForm> steps = new LinkedHashMap<>();

    void add(String action, String path, String label, boolean primary, Field... fields) {
        steps.put(action, new StepForm(action, path, label, List.of(fields), primary));
    }

    Optional<StepForm> of(String action) {
        return Optional.ofNullable(steps.get(action));
    }

    /** The forms of the actions the service listed; actions without a form here are left out. */
    List<StepForm> forActions(List<String> allowed) {
        return steps.values().stream()
                .filter(step -> allowed.contains(step.action()))
                .toList();
    }
}
