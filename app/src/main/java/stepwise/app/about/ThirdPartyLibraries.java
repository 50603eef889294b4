package stepwise.app.about;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The third-party libraries in the application and their licences. The build writes which artifacts it
 * bundles ({@code bundled-libraries.txt}, Maven's dependency list); {@code third-party-licences.json} says
 * which library each artifact belongs to and under which licence. A test keeps the two in step.
 */
public final class ThirdPartyLibraries {
    static final String BUILD_LIST = "bundled-libraries.txt";
    static final String CATALOGUE = "third-party-licences.json";

    private ThirdPartyLibraries() {
    }

    /** The libraries this build bundles, in the catalogue's order, each with the versions bundled. */
    public static List<ThirdPartyLibrary> bundled() {
        Map<String, Set<String>> versions = bundledArtifacts();
        List<ThirdPartyLibrary> out = new ArrayList<>();
        for (ThirdPartyLibrary library : catalogue()) {
            Map<String, String> v = new LinkedHashMap<>();
            for (String artifact : library.artifacts()) {
                Set<String> bundled = versions.get(artifact);
                if (bundled != null) {
                    v.put(artifact, String.join(", ", bundled));
                }
            }
            if (!v.isEmpty()) {
                out.add(new ThirdPartyLibrary(library.name(), library.homepage(), library.licence(), library.licenceUrl(),
                        library.artifacts(), v));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The artifacts ({@code groupId:artifactId}) the build bundles, with their versions, read from the
     * dependency list the build wrote.
     * @throws IllegalStateException when the build wrote no list (a build made without Maven)
     */
    public static Map<String, Set<String>> bundledArtifacts() {
        Map<String, Set<String>> artifacts = new TreeMap<>();
        for (String line : resource(BUILD_LIST).split("\n")) {
            String[] words = line.strip().split("\\s+");
            String[] parts = words[0].split(":");
            // groupId:artifactId:type[:classifier]:version:scope
            if (parts.length < 5 || parts[0].isEmpty()) {
                continue;
            }
            String version = parts[parts.length - 2];
            artifacts.computeIfAbsent(parts[0] + ":" + parts[1], k -> new LinkedHashSet<>()).add(version);
        }
        return artifacts;
    }

    /** Every library the licence list describes, whether or not this build bundles it. */
    static List<ThirdPartyLibrary> catalogue() {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(resource(CATALOGUE));
        } catch (IOException e) {
            throw new IllegalStateException(CATALOGUE + " is not valid JSON: " + e.getMessage(), e);
        }
        List<ThirdPartyLibrary> libraries = new ArrayList<>();
        for (JsonNode n : root) {
            List<String> artifacts = new ArrayList<>();
            n.path("artifacts").forEach(a -> artifacts.add(a.asText()));
            libraries.add(new ThirdPartyLibrary(n.path("name").asText(), n.path("homepage").asText(), n.path("licence").asText(),
                    n.path("licenceUrl").asText(), artifacts, Map.of()));
        }
        return List.copyOf(libraries);
    }

    private static String resource(String name) {
        try (InputStream in = ThirdPartyLibraries.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the build did not bundle stepwise/app/about/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
