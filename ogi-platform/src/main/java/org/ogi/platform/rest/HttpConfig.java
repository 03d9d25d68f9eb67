package org.ogi.platform.rest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "ogi.http")
public interface HttpConfig {

    /**
     * Longest URI answered, in characters; longer ones get a problem+json 414. Keep it below
     * {@code quarkus.http.limits.max-initial-line-length}, past which Vert.x answers an empty 414 itself.
     */
    @WithDefault("8192")
    int maxUriLength();
}
