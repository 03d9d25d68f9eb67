package org.ogi.web.pages;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "ogi.web")
public interface WebConfig {

    /** Calendar days before a due date from which lists mark it as due soon. */
    @WithDefault("3")
    int dueSoonDays();

    /**
     * Encrypts the sign-in state and session cookies (quarkus.oidc.*-secret read it); at least 32 characters. The
     * demo default is public: set OGI_WEB_SESSION_SECRET wherever real users sign in.
     */
    String sessionSecret();

    /** The zone of "today" for those marks (the services count in it too). */
    @WithDefault("Asia/Shanghai")
    String zone();
}
