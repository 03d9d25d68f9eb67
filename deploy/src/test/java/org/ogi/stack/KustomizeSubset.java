package org.ogi.stack;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Renders a kustomization the way {@code kubectl apply -k} does, for the few features the manifests use:
 * {@code resources} (files and directories), {@code namespace}, {@code replicas}, {@code images} and {@code patches}
 * given by path whose content holds no list (for maps, a strategic merge patch is a deep merge). Anything else in a
 * kustomization or a patch is refused, so a manifest that needs more fails here instead of being rendered otherwise
 * than kubectl would.
 */
final class KustomizeSubset {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> FEATURES =
            Set.of("apiVersion", "kind", "resources", "namespace", "replicas", "images", "patches");
    private static final Set<String> WITH_REPLICAS = Set.of("Deployment", "StatefulSet", "ReplicaSet");

    private KustomizeSubset() {}

    /** The resources the kustomization in {@code dir} produces, as YAML maps, in order. */
    static List<Map<String, Object>> render(Path dir) {
        Map<String, Object> kustomization =
                readDocuments(dir.resolve("kustomization.yaml")).get(0);
        Set<String> unknown = new java.util.TreeSet<>(kustomization.keySet());
        unknown.removeAll(FEATURES);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(dir + ": kustomization fields not rendered here: " + unknown);
        }
        List<Map<String, Object>> resources = new ArrayList<>();
        for (String entry : strings(kustomization.get("resources"))) {
            Path path = dir.resolve(entry).normalize();
            resources.addAll(Files.isDirectory(path) ? render(path) : readDocuments(path));
        }
        for (Map<String, Object> replicas : maps(kustomization.get("replicas"))) {
            Map<String, Object> target = find(resources, WITH_REPLICAS, (String) replicas.get("name"), dir);
            child(target, "spec").put("replicas", replicas.get("count"));
        }
        for (Map<String, Object> image : maps(kustomization.get("images"))) {
            setImage(resources, image, dir);
        }
        for (Map<String, Object> patch : maps(kustomization.get("patches"))) {
            if (!patch.keySet().equals(Set.of("path"))) {
                throw new IllegalArgumentException(dir + ": only patches given by path are rendered here: " + patch);
            }
            for (Map<String, Object> document : readDocuments(dir.resolve((String) patch.get("path")))) {
                Map<String, Object> target =
                        find(resources, Set.of((String) document.get("kind")), name(document), dir);
                merge(target, document, dir.resolve((String) patch.get("path")).toString());
            }
        }
        Object namespace = kustomization.get("namespace");
        if (namespace != null) {
            resources.forEach(resource -> child(resource, "metadata").put("namespace", namespace));
        }
        return resources;
    }

    /** Every YAML document of a file, empty ones skipped. */
    static List<Map<String, Object>> readDocuments(Path file) {
        try (MappingIterator<Map<String, Object>> documents =
                YAML.readerFor(new TypeReference<Map<String, Object>>() {}).readValues(file.toFile())) {
            return documents.readAll().stream().filter(Objects::nonNull).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    static String name(Map<String, Object> resource) {
        return (String) child(resource, "metadata").get("name");
    }

    private static void setImage(List<Map<String, Object>> resources, Map<String, Object> image, Path dir) {
        String name = (String) image.get("name");
        boolean found = false;
        for (Map<String, Object> resource : resources) {
            Map<String, Object> podSpec = podSpec(resource);
            if (podSpec == null) {
                continue;
            }
            for (Map<String, Object> container : maps(podSpec.get("containers"))) {
                String current = (String) container.get("image");
                String currentName = current.replaceFirst(":[^:/]*$", "");
                if (currentName.equals(name)) {
                    String newName = (String) image.getOrDefault("newName", currentName);
                    String tag = image.containsKey("newTag")
                            ? ":" + image.get("newTag")
                            : current.substring(currentName.length());
                    container.put("image", newName + tag);
                    found = true;
                }
            }
        }
        if (!found) {
            throw new IllegalArgumentException(dir + ": no container has the image " + name);
        }
    }

    private static Map<String, Object> podSpec(Map<String, Object> resource) {
        if (!WITH_REPLICAS.contains(resource.get("kind"))) {
            return null;
        }
        return child(child(child(resource, "spec"), "template"), "spec");
    }

    private static Map<String, Object> find(
            List<Map<String, Object>> resources, Set<String> kinds, String name, Path dir) {
        return resources.stream()
                .filter(resource -> kinds.contains(resource.get("kind")) && name.equals(name(resource)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(dir + ": no " + kinds + " named " + name));
    }

    /** Deep merge of maps; a list in a patch is refused (kubectl would merge some lists by key). */
    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> target, Map<String, Object> patch, String where) {
        for (Map.Entry<String, Object> entry : patch.entrySet()) {
            Object value = entry.getValue();
            if (value instanceof List) {
                throw new IllegalArgumentException(where + ": a list in a patch (" + entry.getKey() + ")");
            }
            if (value instanceof Map && target.get(entry.getKey()) instanceof Map) {
                merge((Map<String, Object>) target.get(entry.getKey()), (Map<String, Object>) value, where);
            } else {
                target.put(entry.getKey(), value);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> map, String key) {
        return (Map<String, Object>) map.computeIfAbsent(key, k -> new LinkedHashMap<>());
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return list == null ? List.of() : (List<String>) list;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object list) {
        return list == null ? List.of() : (List<Map<String, Object>>) list;
    }
}
