package stepwise.assets;

/**
 * A ready input of an example.
 *
 * @param name        its name, also its file name under {@code inputs/} without {@code .json}
 * @param description one line on what it stands for
 * @param json        the input document (JSON text)
 */
public record ExampleInput(String name, String description, String json) {
    /** Where the input lives next to the workflow, e.g. {@code inputs/order.json}. */
    public String fileName() {
        return fileName(name);
    }

    static String fileName(String name) {
        return "inputs/" + name + ".json";
    }
}
