package stepwise.model.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes large, valid, realistic workflows for benchmarks and stress tests: chains of Task and Pass
 * states with Choices, Waits, Retry/Catch, Parallels (nested) and Maps, with a given number of
 * states in all. The same size and seed always give the same text. Output is pretty-printed with
 * two-space indentation (about 300 bytes per state).
 */
public final class WorkflowGenerator {
    private final Random random;
    private int counter;

    private WorkflowGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** A workflow of exactly {@code states} states (at least 4) in all, counting nested ones. */
    public static String generate(int states, long seed) {
        if (states < 4) {
            throw new IllegalArgumentException("a generated workflow has at least 4 states");
        }
        WorkflowGenerator g = new WorkflowGenerator(seed);
        StringBuilder sb = new StringBuilder(states * 320);
        sb.append("{\n  \"Comment\": \"Generated workflow with ").append(states).append(" states\",\n");
        g.machine(sb, 1, states, 0);
        sb.append("}\n");
        return sb.toString();
    }

    /** Writes StartAt and States of a machine holding {@code budget} states; {@code depth} limits nesting. */
    private void machine(StringBuilder sb, int indent, int budget, int depth) {
        String pad = "  ".repeat(indent);
        List<String> names = new ArrayList<>();
        List<int[]> plan = new ArrayList<>(); // {kind, childBudget}
        int remaining = budget - 2; // keep room for the final Succeed and one Fail
        while (remaining > 0) {
            int kind = random.nextInt(10);
            if (depth < 3 && remaining >= 8 && kind == 0) {
                int child = Math.min(remaining - 1, 2 + random.nextInt(Math.max(1, Math.min(40, remaining / 4))));
                int per = Math.max(1, child / 2);
                plan.add(new int[] {6, per, child - per});
                remaining -= 1 + per + (child - per);
            } else if (depth < 3 && remaining >= 5 && kind == 1) {
                int child = Math.min(remaining - 1, 1 + random.nextInt(Math.max(1, Math.min(20, remaining / 4))));
                plan.add(new int[] {7, child});
                remaining -= 1 + child;
            } else {
                plan.add(new int[] {kind < 5 ? 1 : kind < 7 ? 2 : kind < 8 ? 3 : kind < 9 ? 4 : 5});
                remaining -= 1;
            }
        }
        int catcher = catcherOfFail(plan);
        for (int i = 0; i < plan.size(); i++) {
            names.add(name(plan.get(i)[0]));
        }
        String succeed = "Done" + (++counter);
        String fail = "Failed" + (++counter);
        names.add(succeed);
        sb.append(pad).append("\"StartAt\": \"").append(names.get(0)).append("\",\n");
        sb.append(pad).append("\"States\": {\n");
        String in = pad + "  ";
        String body = in + "  ";
        for (int i = 0; i < plan.size(); i++) {
            int[] p = plan.get(i);
            String next = names.get(i + 1);
            sb.append(in).append('"').append(names.get(i)).append("\": {\n");
            switch (p[0]) {
                case 1 -> task(sb, body, next, fail, i == catcher);
                case 2 -> sb.append(body).append("\"Type\": \"Pass\",\n").append(body)
                        .append("\"Parameters\": {\"step\": ").append(i).append(", \"order.$\": \"$.order\"},\n")
                        .append(body).append("\"Next\": \"").append(next).append("\"\n");
                case 3 -> choice(sb, body, next, fail, names, i);
                case 4 -> sb.append(body).append("\"Type\": \"Wait\",\n").append(body).append("\"Seconds\": ")
                        .append(1 + random.nextInt(3600)).append(",\n").append(body).append("\"Next\": \"").append(next).append("\"\n");
                case 5 -> sb.append(body).append("\"Type\": \"Pass\",\n").append(body).append("\"Result\": {\"ok\": true},\n")
                        .append(body).append("\"ResultPath\": \"$.check").append(i).append("\",\n")
                        .append(body).append("\"Next\": \"").append(next).append("\"\n");
                case 6 -> parallel(sb, body, next, fail, p[1], p[2], depth, indent + 2);
                case 7 -> map(sb, body, next, fail, p[1], depth, indent + 2, i == catcher);
                default -> throw new IllegalStateException();
            }
            sb.append(in).append("},\n");
        }
        sb.append(in).append('"').append(succeed).append("\": {\n").append(body).append("\"Type\": \"Succeed\"\n").append(in).append("},\n");
        sb.append(in).append('"').append(fail).append("\": {\n").append(body).append("\"Type\": \"Fail\",\n")
                .append(body).append("\"Error\": \"StepFailed\",\n").append(body).append("\"Cause\": \"A step failed\"\n")
                .append(in).append("}\n");
        sb.append(pad).append("}\n");
    }

    /**
     * The Fail state of a machine must be reachable (AWS rejects unreachable states): Choices and
     * Parallels always lead to it, Tasks only sometimes. When no Choice or Parallel is planned, this
     * picks the last Task (turning a Pass or Wait into one if there is none, else a Map) to always
     * catch into it; -1 when nothing needs forcing.
     */
    private static int catcherOfFail(List<int[]> plan) {
        for (int[] p : plan) {
            if (p[0] == 3 || p[0] == 6) {
                return -1;
            }
        }
        for (int i = plan.size() - 1; i >= 0; i--) {
            if (plan.get(i)[0] == 1) {
                return i;
            }
        }
        for (int i = plan.size() - 1; i >= 0; i--) {
            int kind = plan.get(i)[0];
            if (kind == 2 || kind == 4 || kind == 5) {
                plan.set(i, new int[] {1});
                return i;
            }
        }
        for (int i = plan.size() - 1; i >= 0; i--) {
            if (plan.get(i)[0] == 7) {
                return i;
            }
        }
        return -1;
    }

    private String name(int kind) {
        String[] words = switch (kind) {
            case 1 -> new String[] {"Validate", "Charge", "Reserve", "Notify", "Ship", "Score", "Archive"};
            case 2, 5 -> new String[] {"Shape", "Prepare", "Merge", "Tag"};
            case 3 -> new String[] {"Check", "Route", "Decide"};
            case 4 -> new String[] {"Pause", "Cooldown"};
            case 6 -> new String[] {"FanOut", "InParallel"};
            default -> new String[] {"EachItem", "ForEach"};
        };
        return words[random.nextInt(words.length)] + (++counter);
    }

    private void task(StringBuilder sb, String body, String next, String fail, boolean mustCatch) {
        String[] resources = {
            "arn:aws:states:::lambda:invoke", "arn:aws:states:::sns:publish", "arn:aws:states:::sqs:sendMessage",
            "arn:aws:states:::dynamodb:putItem", "arn:aws:lambda:us-east-1:123456789012:function:step"};
        sb.append(body).append("\"Type\": \"Task\",\n");
        sb.append(body).append("\"Resource\": \"").append(resources[random.nextInt(resources.length)]).append("\",\n");
        sb.append(body).append("\"Parameters\": {\"FunctionName\": \"step\", \"Payload.$\": \"$\"},\n");
        sb.append(body).append("\"ResultPath\": \"$.result\",\n");
        if (random.nextBoolean() | mustCatch) {
            sb.append(body).append("\"Retry\": [{\"ErrorEquals\": [\"States.TaskFailed\"], \"IntervalSeconds\": 2, \"MaxAttempts\": 3, ")
                    .append("\"BackoffRate\": 2, \"JitterStrategy\": \"FULL\"}],\n");
            sb.append(body).append("\"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"ResultPath\": \"$.error\", \"Next\": \"")
                    .append(fail).append("\"}],\n");
        }
        sb.append(body).append("\"Next\": \"").append(next).append("\"\n");
    }

    private void choice(StringBuilder sb, String body, String next, String fail, List<String> names, int index) {
        sb.append(body).append("\"Type\": \"Choice\",\n").append(body).append("\"Choices\": [\n");
        sb.append(body).append("  {\"Variable\": \"$.amount\", \"NumericGreaterThan\": ").append(random.nextInt(5000))
                .append(", \"Next\": \"").append(next).append("\"},\n");
        sb.append(body).append("  {\"And\": [{\"Variable\": \"$.status\", \"IsPresent\": true}, ")
                .append("{\"Variable\": \"$.status\", \"StringEquals\": \"rejected\"}], \"Next\": \"").append(fail).append("\"}\n");
        sb.append(body).append("],\n").append(body).append("\"Default\": \"").append(next).append("\"\n");
    }

    private void parallel(StringBuilder sb, String body, String next, String fail, int left, int right, int depth, int indent) {
        sb.append(body).append("\"Type\": \"Parallel\",\n").append(body).append("\"Branches\": [\n");
        String pad = "  ".repeat(indent);
        for (int b = 0; b < 2; b++) {
            int size = b == 0 ? left : right;
            sb.append(pad).append("{\n");
            branchBody(sb, indent + 1, size, depth + 1);
            sb.append(pad).append(b == 0 ? "},\n" : "}\n");
        }
        sb.append(body).append("],\n");
        sb.append(body).append("\"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"").append(fail).append("\"}],\n");
        sb.append(body).append("\"Next\": \"").append(next).append("\"\n");
    }

    private void map(StringBuilder sb, String body, String next, String fail, int size, int depth, int indent, boolean mustCatch) {
        sb.append(body).append("\"Type\": \"Map\",\n").append(body).append("\"ItemsPath\": \"$.items\",\n");
        sb.append(body).append("\"MaxConcurrency\": ").append(1 + random.nextInt(10)).append(",\n");
        sb.append(body).append("\"ItemProcessor\": {\n");
        String pad = "  ".repeat(indent);
        sb.append(pad).append("\"ProcessorConfig\": {\"Mode\": \"INLINE\"},\n");
        branchBody(sb, indent, size, depth + 1);
        sb.append(body).append("},\n");
        sb.append(body).append("\"ResultPath\": \"$.mapped\",\n");
        if (mustCatch) {
            sb.append(body).append("\"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"").append(fail).append("\"}],\n");
        }
        sb.append(body).append("\"Next\": \"").append(next).append("\"\n");
    }

    /** A nested machine of exactly {@code size} states: a chain of Pass/Task states ending in Succeed, or a deeper machine. */
    private void branchBody(StringBuilder sb, int indent, int size, int depth) {
        if (size >= 4) {
            machine(sb, indent, size, depth);
            return;
        }
        String pad = "  ".repeat(indent);
        String in = pad + "  ";
        List<String> names = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            names.add(name(i % 2 == 0 ? 2 : 1));
        }
        sb.append(pad).append("\"StartAt\": \"").append(names.get(0)).append("\",\n").append(pad).append("\"States\": {\n");
        for (int i = 0; i < size; i++) {
            sb.append(in).append('"').append(names.get(i)).append("\": {\"Type\": \"Pass\", ");
            sb.append(i + 1 < size ? "\"Next\": \"" + names.get(i + 1) + "\"" : "\"End\": true");
            sb.append(i + 1 < size ? "},\n" : "}\n");
        }
        sb.append(pad).append("}\n");
    }
}
