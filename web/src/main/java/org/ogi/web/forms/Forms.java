package org.ogi.web.forms;

import jakarta.ws.rs.core.MultivaluedMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

/** A posted form as the values the user typed, by input name, in the order posted; the CSRF token left out. */
public final class Forms {

    /** The CSRF parameter of quarkus-rest-csrf; never part of a service's body. */
    public static final String CSRF_PARAMETER = "csrf-token";

    /** An uploaded file. */
    public record Upload(String fileName, byte[] content) {}

    private Forms() {}

    public static Map<String, String> values(MultivaluedMap<String, String> posted) {
        Map<String, String> values = new LinkedHashMap<>();
        posted.forEach((name, all) -> {
            if (!name.equals(CSRF_PARAMETER) && !all.isEmpty()) {
                values.put(name, String.join("\n", all));
            }
        });
        return values;
    }

    public static Map<String, String> values(MultipartFormDataInput posted) {
        Map<String, String> values = new LinkedHashMap<>();
        posted.getValues().forEach((name, all) -> {
            List<String> texts = all.stream()
                    .filter(value -> !value.isFileItem())
                    .map(FormValue::getValue)
                    .toList();
            if (!name.equals(CSRF_PARAMETER) && !texts.isEmpty()) {
                values.put(name, String.join("\n", texts));
            }
        });
        return values;
    }

    /** The file of the input {@code name}, if one was chosen. */
    public static Optional<Upload> file(MultipartFormDataInput posted, String name) {
        return posted.getValues().getOrDefault(name, List.of()).stream()
                .filter(FormValue::isFileItem)
                .filter(value ->
                        value.getFileName() != null && !value.getFileName().isBlank())
                .findFirst()
                .map(value -> {
                    try (var in = value.getFileItem().getInputStream()) {
                        return new Upload(value.getFileName(), in.readAllBytes());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .filter(upload -> upload.content().length > 0);
    }
}
