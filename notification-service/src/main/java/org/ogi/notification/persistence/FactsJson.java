package org.ogi.notification.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A notice's facts as the jsonb column holds them: dates as ISO strings (read back as dates, which templates word
 * in Chinese), numbers, booleans, texts and lists of texts.
 */
public final class FactsJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private FactsJson() {}

    public static String write(Map<String, Object> facts) {
        Map<String, Object> plain = new LinkedHashMap<>();
        facts.forEach((key, value) -> plain.put(key, value instanceof LocalDate d ? d.toString() : value));
        try {
            return JSON.writeValueAsString(plain);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("facts cannot be written as JSON: " + facts.keySet(), e);
        }
    }

    public static Map<String, Object> read(String json) {
        try {
            Map<String, Object> facts = JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
            facts.replaceAll((key, value) -> typed(value));
            return facts;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored facts are not JSON", e);
        }
    }

    private static Object typed(Object value) {
        if (value instanceof String text && ISO_DATE.matcher(text).matches()) {
            return LocalDate.parse(text);
        }
        if (value instanceof List<?> list) {
            List<Object> items = new ArrayList<>();
            list.forEach(item -> items.add(typed(item)));
            return items;
        }
        return value;
    }
}
