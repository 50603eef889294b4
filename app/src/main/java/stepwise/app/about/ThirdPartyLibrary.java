package stepwise.app.about;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A library that Stepwise bundles, with its licence.
 *
 * @param name       the library's name as its authors write it
 * @param homepage   where it lives
 * @param licence    the licence's name
 * @param licenceUrl where the licence text is
 * @param artifacts  its Maven artifacts ({@code groupId:artifactId}), the main one first
 * @param versions   the version this build bundles of each of those artifacts, in the same order (empty when unknown)
 */
public record ThirdPartyLibrary(String name, String homepage, String licence, String licenceUrl, List<String> artifacts,
                                Map<String, String> versions) {
    public ThirdPartyLibrary {
        artifacts = List.copyOf(artifacts);
        versions = Collections.unmodifiableMap(new LinkedHashMap<>(versions));
    }

    /** The version of the main artifact, e.g. {@code 33.4.8-jre}; empty when unknown. */
    public String version() {
        for (String artifact : artifacts) {
            String v = versions.get(artifact);
            if (v != null) {
                return v;
            }
        }
        return "";
    }

    /** Each bundled artifact with its version, one a line, e.g. {@code com.google.guava:failureaccess 1.0.3}. */
    public String artifactVersions() {
        return versions.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("\n"));
    }
}
