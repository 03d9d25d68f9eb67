package org.ogi.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The cluster's {@code KeycloakRealmImport}, generated from the one realm file, {@code deploy/keycloak/ogi-realm.json}
 * (the local stack imports it as it is). For a cluster the realm loses its demo users (their passwords are their
 * names), takes the services' client secret from a Secret through an import placeholder, requires TLS except on
 * private networks, and lets the web client sign in only through the public web address, without the password
 * grant the end-to-end tests use. {@code KubernetesManifestsTest} checks that the committed file is this
 * function of the realm file; {@code -Dogi.kubernetes.write-realm-import} writes it anew.
 */
final class RealmImportManifest {

    static final Path FILE = Path.of("kubernetes/base/realm-import.yaml");
    static final String KEYCLOAK = "ogi-keycloak";
    static final String SERVICES_CLIENT = "ogi-services";
    static final String WEB_CLIENT = "ogi-web";
    static final String SECRET_PLACEHOLDER = "OGI_SERVICES_CLIENT_SECRET";
    /** The Secret holding the services' client secret; the services read it as QUARKUS_OIDC_CREDENTIALS_SECRET. */
    static final String CLIENT_SECRET = "ogi-oidc-client";
    /** The web module's public address, also the Ingress host: per installation. */
    static final String WEB_URL = "https://ogi.example.gov.cn";

    private static final String HEADER = """
            # GENERATED from deploy/keycloak/ogi-realm.json by RealmImportManifest (deploy module tests): do not edit.
            # The realm without its demo users, with the services' client secret from the Secret ogi-oidc-client and
            # the web client limited to the public address. After a change to the realm file, regenerate with
            #   mvn -pl deploy -am verify -Dtest=KubernetesManifestsTest -Dogi.kubernetes.write-realm-import \\
            #       -Dsurefire.failIfNoSpecifiedTests=false
            """;

    private RealmImportManifest() {}

    /** The realm as the cluster imports it. */
    static ObjectNode clusterRealm(JsonNode realmFile) {
        ObjectNode realm = realmFile.deepCopy();
        realm.remove("users");
        realm.put("sslRequired", "external");
        for (JsonNode node : realm.withArray("clients")) {
            ObjectNode client = (ObjectNode) node;
            String id = client.path("clientId").asText();
            if (client.has("secret")) {
                if (!id.equals(SERVICES_CLIENT)) {
                    throw new IllegalArgumentException("No Secret is provided for client " + id + "'s secret");
                }
                client.put("secret", "${" + SECRET_PLACEHOLDER + "}");
            }
            if (id.equals(WEB_CLIENT)) {
                ArrayNode redirects = client.putArray("redirectUris");
                redirects.add(WEB_URL + "/*");
                client.with("attributes").put("post.logout.redirect.uris", WEB_URL + "/*");
                client.put("directAccessGrantsEnabled", false);
            }
        }
        return realm;
    }

    /** The whole custom resource. */
    static ObjectNode resource(JsonNode realmFile) {
        ObjectNode resource = JsonNodeFactory.instance.objectNode();
        resource.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        resource.put("kind", "KeycloakRealmImport");
        resource.putObject("metadata").put("name", realmFile.path("realm").asText() + "-realm");
        ObjectNode spec = resource.putObject("spec");
        spec.put("keycloakCRName", KEYCLOAK);
        spec.putObject("placeholders")
                .putObject(SECRET_PLACEHOLDER)
                .putObject("secret")
                .put("name", CLIENT_SECRET)
                .put("key", "secret");
        spec.set("realm", clusterRealm(realmFile));
        return resource;
    }

    static String render(JsonNode realmFile) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));
        return HEADER + yaml.writeValueAsString(resource(realmFile));
    }
}
