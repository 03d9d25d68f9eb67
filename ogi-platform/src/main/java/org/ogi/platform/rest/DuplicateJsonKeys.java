package org.ogi.platform.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * A JSON body naming a field twice is refused as malformed (400): which value counts would be the parser's
 * choice, and for records Jackson fails on the second one with a definition error that answered 500.
 */
@Singleton
public class DuplicateJsonKeys implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
