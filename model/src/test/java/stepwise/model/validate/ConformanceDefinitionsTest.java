package stepwise.model.validate;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import stepwise.model.AslDocument;
import stepwise.model.Diagnostic;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonParser;
import stepwise.model.json.JsonString;
import stepwise.model.json.JsonValue;

/**
 * Measures the validator against AWS's verdicts recorded in the shared conformance cases (read where
 * they are, never copied into the project): definitions AWS accepted, or ran, get no error, and at
 * least 95% of those it rejected get one. Skipped where the cases are not present.
 */
class ConformanceDefinitionsTest {
    private static Path cases() {
        String configured = System.getProperty("stepwise.conformance.cases");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/conformance/cases");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static Path requireCases() {
        Path cases = cases();
        assumeTrue(cases != null && Files.isDirectory(cases), "no shared conformance cases here");
        return cases;
    }

    @Test
    void definitions_aws_ran_have_no_errors() throws IOException {
        Path cases = requireCases();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String set : new String[] {"runnable.ndjson", "mocked.ndjson"}) {
            Path file = cases.resolve(set);
            assumeTrue(Files.isRegularFile(file), "no " + set);
            int lineNumber = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                JsonObject o = JsonParser.parse(line).root() instanceof JsonObject obj ? obj : null;
                JsonValue definition = o == null ? null : o.get("definition");
                if (definition == null) {
                    continue;
                }
                String text = definition instanceof JsonString s ? s.value()
                        : line.substring(definition.span().start(), definition.span().end());
                checked++;
                errors(AslDocument.of(text), set + ":" + lineNumber, failures);
            }
        }
        assertTrue(checked > 100, "only " + checked + " definitions found");
        assertTrue(failures.isEmpty(), failures.size() + " of " + checked + " definitions AWS ran got errors:\n"
                + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }

    @Test
    void definitions_aws_accepted_have_no_errors() throws IOException {
        List<String> failures = new ArrayList<>();
        List<Path> files = files(requireCases().resolve("valid"));
        for (Path f : files) {
            errors(AslDocument.decode(Files.readAllBytes(f), stepwise.model.Syntax.JSON), f.getFileName().toString(), failures);
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + files.size() + " accepted definitions got errors:\n"
                + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }

    @Test
    void at_least_95_percent_of_definitions_aws_rejected_get_an_error() throws IOException {
        List<Path> files = files(requireCases().resolve("invalid"));
        List<String> missed = new ArrayList<>();
        for (Path f : files) {
            if (!Validator.hasErrors(Validator.validate(AslDocument.decode(Files.readAllBytes(f), stepwise.model.Syntax.JSON)))) {
                missed.add(f.getFileName().toString());
            }
        }
        assertTrue(files.size() > 0 && missed.size() <= files.size() * 0.05, "missed " + missed.size() + " of " + files.size() + ": " + missed);
    }

    private static List<Path> files(Path dir) throws IOException {
        assumeTrue(Files.isDirectory(dir), "no " + dir);
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.json")) {
            stream.forEach(out::add);
        }
        out.sort(null);
        return out;
    }

    private static void errors(AslDocument doc, String where, List<String> failures) {
        for (Diagnostic d : Validator.validate(doc)) {
            if (d.isError()) {
                failures.add(where + ":" + d.line() + ":" + d.column() + " " + d.code() + " " + d.message());
            }
        }
    }
}
