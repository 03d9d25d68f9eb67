package org.ogi.stack;

import java.util.Arrays;

/** The five services: Maven module, default HTTP port and database. */
public enum OgiService {
    INTAKE("intake-service", 8081, "ogi_intake"),
    CASE("case-service", 8082, "ogi_case"),
    DEADLINE("deadline-service", 8083, "ogi_deadline"),
    APPEALS("appeals-service", 8084, "ogi_appeals"),
    NOTIFICATION("notification-service", 8085, "ogi_notification");

    private final String module;
    private final int defaultPort;
    private final String database;

    OgiService(String module, int defaultPort, String database) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.database = database;
    }

    public String module() {
        return module;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public String database() {
        return database;
    }

    public static OgiService ofModule(String module) {
        return Arrays.stream(values())
                .filter(service -> service.module.equals(module))
                .findFirst()
                .orElseThrow(() -> new StackException("Unknown service '" + module + "'; known: "
                        + String.join(", ", Arrays.stream(values()).map(OgiService::module).toList())));
    }
}
