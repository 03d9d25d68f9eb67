package org.ogi.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Arrays;
import java.util.Collections;
import java.util.Properties;

/**
 * The six services and the web front end: Maven module, default HTTP port and database (the web module has
 * none: it only calls the services' APIs). The ports and databases are ogi-contracts' table
 * ({@code ogi.services.<module>.http-port} and {@code .database}), which every service's configuration reads too.
 */
public enum OgiService {
    INTAKE("intake-service"),
    CASE("case-service"),
    DEADLINE("deadline-service"),
    APPEALS("appeals-service"),
    NOTIFICATION("notification-service"),
    REPORT("report-service"),
    WEB("web");

    /** The MicroProfile Config file ogi-contracts ships for the services; read here as MicroProfile Config would. */
    static final String SETTINGS = "META-INF/microprofile-config.properties";

    private final String module;

    OgiService(String module) {
        this.module = module;
    }

    public String module() {
        return module;
    }

    public int defaultPort() {
        return Integer.parseInt(setting("http-port"));
    }

    public String database() {
        return setting("database");
    }

    /** A back-end service: its own database, Kafka and an {@code /api}; the web module is the one that is not. */
    public boolean isBackEnd() {
        return this != WEB;
    }

    private String setting(String name) {
        String key = "ogi.services." + module + "." + name;
        String value = Settings.ALL.getProperty(key);
        if (value == null) {
            throw new StackException("No " + key + " in ogi-contracts' " + SETTINGS + " on the launcher's classpath");
        }
        return value;
    }

    public static OgiService ofModule(String module) {
        return Arrays.stream(values())
                .filter(service -> service.module.equals(module))
                .findFirst()
                .orElseThrow(() -> new StackException("Unknown service '" + module + "'; known: "
                        + String.join(
                                ", ",
                                Arrays.stream(values()).map(OgiService::module).toList())));
    }

    /** Loaded on first use, after the constants exist. */
    private static final class Settings {
        static final Properties ALL = load();

        private static Properties load() {
            Properties all = new Properties();
            try {
                for (URL file :
                        Collections.list(OgiService.class.getClassLoader().getResources(SETTINGS))) {
                    try (InputStream in = file.openStream()) {
                        Properties one = new Properties();
                        one.load(in);
                        one.stringPropertyNames().stream()
                                .filter(key -> key.startsWith("ogi.services."))
                                .forEach(key -> all.setProperty(key, one.getProperty(key)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return all;
        }
    }
}
