package stepwise.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** The text of a report about an unexpected error: what happened, where, on which system, for pasting into a bug report. */
public record CrashReport(String summary, String text) {

    public static CrashReport of(Thread thread, Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        String summary = error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
        String text = "Stepwise " + Version.get() + "\n"
                + "Time: " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "\n"
                + "Java: " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")\n"
                + "System: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch") + "\n"
                + "Thread: " + thread.getName() + "\n\n"
                + trace;
        return new CrashReport(summary, text);
    }
}
