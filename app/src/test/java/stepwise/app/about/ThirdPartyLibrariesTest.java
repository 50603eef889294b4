package stepwise.app.about;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The About dialog's licence list stays true to what the build bundles. */
class ThirdPartyLibrariesTest {

    private static Set<String> described() {
        Set<String> artifacts = new TreeSet<>();
        ThirdPartyLibraries.catalogue().forEach(l -> artifacts.addAll(l.artifacts()));
        return artifacts;
    }

    @Test
    void every_artifact_the_build_bundles_has_a_licence_entry() {
        Set<String> missing = new TreeSet<>(ThirdPartyLibraries.bundledArtifacts().keySet());
        missing.removeAll(described());
        assertEquals(Set.of(), missing, "add these to stepwise/app/about/third-party-licences.json with their licence");
    }

    @Test
    void every_licence_entry_names_only_artifacts_the_build_bundles() {
        Set<String> stale = new TreeSet<>(described());
        stale.removeAll(ThirdPartyLibraries.bundledArtifacts().keySet());
        assertEquals(Set.of(), stale, "the build no longer bundles these; remove them from third-party-licences.json");
    }

    @Test
    void every_library_names_its_licence_with_a_secure_link_and_a_homepage() {
        for (ThirdPartyLibrary l : ThirdPartyLibraries.catalogue()) {
            assertFalse(l.licence().isBlank(), l.name());
            assertTrue(l.licenceUrl().startsWith("https://"), l.name() + ": " + l.licenceUrl());
            assertTrue(l.homepage().startsWith("https://"), l.name() + ": " + l.homepage());
            assertFalse(l.artifacts().isEmpty(), l.name());
        }
    }

    @Test
    void the_main_libraries_are_listed_with_a_version() {
        List<String> names = ThirdPartyLibraries.bundled().stream().map(ThirdPartyLibrary::name).toList();
        for (String expected : List.of("JavaFX", "RichTextFX", "ControlsFX", "Jackson", "Jayway JsonPath", "Eclipse Layout Kernel (ELK)",
                "JSONata for Java (dashjoin)", "SnakeYAML Engine", "Guava", "Xtext Xbase Lib", "SLF4J")) {
            assertTrue(names.contains(expected), expected + " is missing from " + names);
        }
        ThirdPartyLibraries.bundled().forEach(l -> assertFalse(l.version().isEmpty(), l.name()));
    }

    @Test
    void the_listed_version_is_the_one_on_the_class_path() {
        ThirdPartyLibrary jackson = ThirdPartyLibraries.bundled().stream().filter(l -> l.name().equals("Jackson")).findFirst().orElseThrow();
        assertEquals(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString(), jackson.version());
        assertEquals(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString(),
                jackson.versions().get("com.fasterxml.jackson.core:jackson-databind"));
    }
}
