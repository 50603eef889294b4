package stepwise.model.validate;

import static org.junit.jupiter.api.Assertions.assertNull;
import static stepwise.model.validate.Checks.assertClean;
import static stepwise.model.validate.Checks.assertReports;
import static stepwise.model.validate.Checks.workflow;

import org.junit.jupiter.api.Test;

class MapParallelRulesTest {
    private static String map(String mode, String fields) {
        return workflow("M", "\"M\": {\"Type\": \"Map\", \"MaxConcurrency\": 5, " + fields + "\"End\": true, \"ItemProcessor\": "
                + "{\"ProcessorConfig\": " + mode + ", \"StartAt\": \"I\", \"States\": {\"I\": {\"Type\": \"Succeed\"}}}}");
    }

    private static final String DISTRIBUTED = "{\"Mode\": \"DISTRIBUTED\", \"ExecutionType\": \"STANDARD\"}";
    private static final String INLINE = "{\"Mode\": \"INLINE\"}";

    @Test
    void distributed_map_with_reader_writer_and_label_is_accepted() {
        String json = map(DISTRIBUTED, "\"Label\": \"orders-2024_v1\", \"ItemReader\": {\"Resource\": \"arn:aws:states:::s3:getObject\","
                + " \"ReaderConfig\": {\"InputType\": \"JSON\"}, \"Parameters\": {\"Bucket.$\": \"$.bucket\", \"Key\": \"k\"}},"
                + " \"ItemBatcher\": {\"MaxItemsPerBatch\": 10}, \"ResultWriter\": {\"Resource\": \"arn:aws:states:::s3:putObject\"}, ");
        assertClean(json, ValidationCode.DISTRIBUTED_ONLY_FIELD);
    }

    @Test
    void item_reader_in_an_inline_map_is_distributed_only() {
        String json = map(INLINE, "\"ItemReader\": {\"Resource\": \"arn:aws:states:::s3:getObject\"}, ");
        assertReports(json, ValidationCode.DISTRIBUTED_ONLY_FIELD, "\"ItemReader\"");
    }

    @Test
    void distributed_map_without_execution_type_is_missing_a_field() {
        assertReports(map("{\"Mode\": \"DISTRIBUTED\"}", ""), ValidationCode.MISSING_FIELD, "\"ProcessorConfig\"");
    }

    @Test
    void unknown_mode_is_an_invalid_value() {
        assertReports(map("{\"Mode\": \"PARALLEL\"}", ""), ValidationCode.INVALID_VALUE, "\"PARALLEL\"");
    }

    @Test
    void empty_label_is_invalid() {
        assertReports(map(DISTRIBUTED, "\"Label\": \"\", "), ValidationCode.INVALID_LABEL, "\"\"");
    }

    @Test
    void label_with_forbidden_characters_is_invalid() {
        for (String bad : new String[] {"label_%", "a b", "x:y", "tab\\t", "ctl\\u0002", "c1\\u0085", "{x}", "$v"}) {
            assertReports(map(DISTRIBUTED, "\"Label\": \"" + bad + "\", "), ValidationCode.INVALID_LABEL, "\"" + bad + "\"");
        }
    }

    @Test
    void label_of_41_characters_is_too_long() {
        String label = "L".repeat(41);
        assertReports(map(DISTRIBUTED, "\"Label\": \"" + label + "\", "), ValidationCode.INVALID_LABEL, "\"" + label + "\"");
        assertNull(MapParallelRules.labelProblem("L".repeat(40)));
    }

    @Test
    void branch_that_is_not_an_object_has_the_wrong_type() {
        String json = workflow("P", "\"P\": {\"Type\": \"Parallel\", \"End\": true, \"Branches\": [\"not a machine\"]}");
        assertReports(json, ValidationCode.WRONG_TYPE, "\"not a machine\"");
    }

    @Test
    void branch_without_start_at_is_missing_a_field() {
        String json = workflow("P", "\"P\": {\"Type\": \"Parallel\", \"End\": true, \"Branches\": [{\"States\": {\"B\": {\"Type\": \"Succeed\"}}}]}");
        assertReports(json, ValidationCode.MISSING_FIELD, "{\"States\"");
    }

    @Test
    void unknown_field_in_a_processor_is_reported() {
        String json = workflow("M", "\"M\": {\"Type\": \"Map\", \"MaxConcurrency\": 1, \"End\": true, \"ItemProcessor\": "
                + "{\"StartAt\": \"I\", \"Extra\": true, \"States\": {\"I\": {\"Type\": \"Succeed\"}}}}");
        assertReports(json, ValidationCode.UNKNOWN_FIELD, "\"Extra\"");
    }
}
