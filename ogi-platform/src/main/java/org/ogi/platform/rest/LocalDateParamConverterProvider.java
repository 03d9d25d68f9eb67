package org.ogi.platform.rest;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.ogi.platform.problem.ProblemException;
import org.ogi.platform.time.SupportedDates;

/**
 * Reads ISO dates from query and path parameters; an impossible date or one outside {@link SupportedDates} is a 400
 * naming the parameter.
 */
@Provider
public class LocalDateParamConverterProvider implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != LocalDate.class) {
            return null;
        }
        String name = parameterName(annotations);
        return (ParamConverter<T>) new ParamConverter<LocalDate>() {
            @Override
            public LocalDate fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                LocalDate date;
                try {
                    date = LocalDate.parse(value.strip());
                } catch (DateTimeParseException e) {
                    throw ProblemException.invalid(name, "'" + value + "' is not a date of the form YYYY-MM-DD");
                }
                SupportedDates.problem(date).ifPresent(problem -> {
                    throw ProblemException.invalid(name, problem);
                });
                return date;
            }

            @Override
            public String toString(LocalDate value) {
                return value.toString();
            }
        };
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
        }
        return "date";
    }
}
