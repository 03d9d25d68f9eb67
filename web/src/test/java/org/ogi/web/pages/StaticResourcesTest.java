package org.ogi.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The layout loads htmx from the webjar by its versioned path: that path must be the one the webjar has. */
class StaticResourcesTest {

    @Test
    void theHtmxTheLayoutLoadsIsInTheWebjar() throws IOException {
        String layout;
        try (InputStream in = getClass().getResourceAsStream("/templates/layout.html")) {
            layout = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher script = Pattern.compile("src=\"(/webjars/[^\"]+)\"").matcher(layout);

        assertThat(script.find()).isTrue();
        assertThat(getClass().getResource("/META-INF/resources" + script.group(1)))
                .as(script.group(1))
                .isNotNull();
    }
}
