package org.ogi.web.forms;

import io.quarkus.qute.TemplateData;
import java.util.Arrays;
import java.util.List;

/**
 * One input of a form. {@code name} is the JSON path in the service's body; {@code type} is text, textarea, date,
 * number, lines (a list, one item a line), select, checkbox or hidden.
 */
@TemplateData
public record Field(String name, String label, String type, List<Option> options, String value) {

    @TemplateData
    public record Option(String value, String label) {}

    public static Field text(String name, String label) {
        return new Field(name, label, "text", List.of(), null);
    }

    public static Field textarea(String name, String label) {
        return new Field(name, label, "textarea", List.of(), null);
    }

    public static Field date(String name, String label) {
        return new Field(name, label, "date", List.of(), null);
    }

    public static Field number(String name, String label) {
        return new Field(name, label, "number", List.of(), null);
    }

    public static Field lines(String name, String label) {
        return new Field(name, label, "lines", List.of(), null);
    }

    public static Field checkbox(String name, String label) {
        return new Field(name, label, "checkbox", List.of(), null);
    }

    public static Field hidden(String name, String value) {
        return new Field(name, null, "hidden", List.of(), value);
    }

    /** @param pairs value, label, value, label, ... */
    public static Field select(String name, String label, String... pairs) {
        List<Option> options = Arrays.asList(pairs).stream()
                .map(pair -> pair.split("=", 2))
                .map(pair -> new Option(pair[0], pair.length > 1 ? pair[1] : pair[0]))
                .toList();
        return new Field(name, label, "select", options, null);
    }

    /** The input's HTML id (and its error's, with {@code e-}): the name with dots as dashes. */
    public String id() {
        return name.replace('.', '-');
    }

    public boolean isList() {
        return type.equals("lines");
    }
}
