package stepwise.app.about;

import java.util.List;

/**
 * A library that Stepwise bundles, with its licence.
 *
 * @param name       the library's name as its authors write it
 * @param homepage   where it lives
 * @param licence    the licence's name
 * @param licenceUrl where the licence text is
 * @param artifacts  its Maven artifacts ({@code groupId:artifactId})
 * @param versions   the versions of those artifacts this build bundles, distinct, in order
 */
public record ThirdPartyLibrary(String name, String homepage, String licence, String licenceUrl, List<String> artifacts,
                                List<String> versions) {
    public ThirdPartyLibrary {
        artifacts = List.copyOf(artifacts);
        versions = List.copyOf(versions);
    }

    /** The versions as one line, e.g. {@code 2.18.2} or {@code 2.0.11, 2.0.16}. */
    public String versionText() {
        return String.join(", ", versions);
    }
}
