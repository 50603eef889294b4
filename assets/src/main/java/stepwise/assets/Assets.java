package stepwise.assets;

import java.net.URL;

/** Finds the bundled resources (theme, icons, examples) of this module. */
public final class Assets {
    private Assets() {
    }

    /** The URL of a bundled resource, e.g. {@code theme/light.css}, or null when there is none. */
    public static URL resource(String relativePath) {
        return Assets.class.getResource(relativePath);
    }
}
