package org.ogi.platform.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.io.InputDecorator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.ogi.platform.text.Texts;
import org.ogi.platform.text.Utf8Validator;
import org.ogi.platform.time.SupportedDates;

/**
 * How every service reads JSON: a value is taken as sent or refused with a 400 naming the field, never silently
 * changed. Bodies must be strict UTF-8; strings must be well-formed Unicode without control characters other than
 * tab and line breaks; dates are ISO strings inside {@link SupportedDates}; duplicate keys and trailing content are
 * refused.
 *
 * <p>Coercions (a deliberate choice): a scalar keeps its JSON type. An enum is given by its name only, never by its
 * position ({@code 1}); a string field takes no number or boolean, a number or boolean field no string, an integer
 * field no fraction (1.5 would be cut to 1), and "" is no missing number, boolean, enum or date. What remains allowed:
 * an integral JSON number for a decimal field (lossless), and an absent or null primitive taking its default (an
 * optional flag such as {@code alreadyPublished} is false unless sent).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.setDefaultLeniency(false);
        refuse(
                mapper,
                LogicalType.Enum,
                CoercionInputShape.Integer,
                CoercionInputShape.Float,
                CoercionInputShape.EmptyString);
        refuse(
                mapper,
                LogicalType.Textual,
                CoercionInputShape.Integer,
                CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuse(
                mapper,
                LogicalType.Integer,
                CoercionInputShape.String,
                CoercionInputShape.Float,
                CoercionInputShape.Boolean,
                CoercionInputShape.EmptyString);
        refuse(
                mapper,
                LogicalType.Float,
                CoercionInputShape.String,
                CoercionInputShape.Boolean,
                CoercionInputShape.EmptyString);
        refuse(
                mapper,
                LogicalType.Boolean,
                CoercionInputShape.String,
                CoercionInputShape.Integer,
                CoercionInputShape.Float,
                CoercionInputShape.EmptyString);
        mapper.getFactory().setInputDecorator(new StrictUtf8());
        mapper.registerModule(new SimpleModule("ogi-strict-json")
                .addDeserializer(String.class, new CheckedString())
                .addDeserializer(LocalDate.class, new SupportedDate()));
    }

    private static void refuse(ObjectMapper mapper, LogicalType target, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(target).setCoercion(shape, CoercionAction.Fail);
        }
    }

    /** Last, so that these deserializers take the place of the defaults other customizers registered. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    /** A value refused although it has the right JSON type; the message says why. */
    public static final class UnacceptableValue extends InvalidFormatException {
        UnacceptableValue(JsonParser parser, String message, Object value, Class<?> type) {
            super(parser, message, value, type);
        }
    }

    private static final class CheckedString extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            if (value != null) {
                String problem = Texts.problem(value, true).orElse(null);
                if (problem != null) {
                    throw new UnacceptableValue(p, problem, value, String.class);
                }
            }
            return value;
        }
    }

    private static final class SupportedDate extends StdScalarDeserializer<LocalDate> {
        SupportedDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            LocalDate date;
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new UnacceptableValue(p, "must be a date of the form YYYY-MM-DD", text, LocalDate.class);
            }
            String problem = SupportedDates.problem(date).orElse(null);
            if (problem != null) {
                throw new UnacceptableValue(p, problem, text, LocalDate.class);
            }
            return date;
        }
    }

    /** Checks the raw bytes, since a lenient decoder turns overlong or invalid UTF-8 into other characters. */
    private static final class StrictUtf8 extends InputDecorator {
        @Override
        public InputStream decorate(IOContext context, InputStream in) {
            return new CheckedInput(in);
        }

        @Override
        public InputStream decorate(IOContext context, byte[] source, int offset, int length) throws IOException {
            return new CheckedInput(new ByteArrayInputStream(source, offset, length));
        }

        @Override
        public Reader decorate(IOContext context, Reader reader) {
            return reader;
        }
    }

    private static final class CheckedInput extends FilterInputStream {
        private final Utf8Validator validator = new Utf8Validator();

        CheckedInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            try {
                if (read < 0) {
                    validator.finish();
                } else {
                    validator.feed(buffer, offset, read);
                }
            } catch (IllegalArgumentException e) {
                throw new JsonParseException((JsonParser) null, e.getMessage());
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            throw new IOException("skipping would leave bytes unchecked");
        }
    }
}
