package stepwise.assets;

import java.util.List;

/**
 * One test case of an example's mock file, with the story it tells and how it must end.
 *
 * @param name           the test case's name in the mock file
 * @param story          one or two sentences on what happens, for people
 * @param input          the name of the {@link ExampleInput} it runs on
 * @param expectedStatus the execution's final status: {@code SUCCEEDED}, {@code FAILED}, {@code TIMED_OUT} or {@code ABORTED}
 * @param expectedError  the error it fails with, or null when it succeeds
 * @param visits         states the run must enter on the way (the ones the story is about), possibly none
 */
public record ExampleTestCase(String name, String story, String input, String expectedStatus, String expectedError,
                              List<String> visits) {
    public ExampleTestCase {
        visits = List.copyOf(visits);
    }
}
