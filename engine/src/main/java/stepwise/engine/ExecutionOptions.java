package stepwise.engine;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How to run one execution. Immutable; start from {@link #defaults()} and change what you need with
 * the {@code with*} methods.
 *
 * @param executionName      the execution's name ({@code $$.Execution.Name}); null for one drawn from the seed
 * @param stateMachineName   the state machine's name in ARNs and {@code $$.StateMachine.Name}
 * @param startTime          when the execution starts; null for now. With the same start time, seed,
 *                           definition and input, two virtual-clock runs give identical histories
 * @param clock              {@link ClockMode#VIRTUAL} (default) or {@link ClockMode#REAL}
 * @param seed               seeds every random choice: generated names and tokens, {@code States.UUID},
 *                           {@code States.MathRandom}, {@code $random}, retry jitter
 * @param limits             payload, history and expression limits
 * @param recordHistory      false to keep no history (listeners still receive events); for benchmarks
 * @param allowedHttpHosts   hosts {@code arn:aws:states:::http:invoke} may call; none by default
 * @param s3Buckets          local folders standing for S3 buckets, read by a Map's {@code ItemReader}
 * @param region             the region in ARNs
 * @param accountId          the account in ARNs
 * @param roleArn            the execution role ({@code $$.Execution.RoleArn}); null for a role in the account
 */
public record ExecutionOptions(String executionName, String stateMachineName, Instant startTime, ClockMode clock, long seed,
                               ExecutionLimits limits, boolean recordHistory, Set<String> allowedHttpHosts,
                               Map<String, Path> s3Buckets, String region, String accountId, String roleArn) {
    public ExecutionOptions {
        Objects.requireNonNull(stateMachineName, "stateMachineName");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(limits, "limits");
        allowedHttpHosts = Set.copyOf(allowedHttpHosts);
        s3Buckets = Map.copyOf(s3Buckets);
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accountId, "accountId");
    }

    /** A virtual clock, seed 0, AWS's limits, full history, no HTTP hosts, no buckets, us-east-1. */
    public static ExecutionOptions defaults() {
        return new ExecutionOptions(null, "StateMachine", null, ClockMode.VIRTUAL, 0, ExecutionLimits.AWS, true, Set.of(), Map.of(),
                "us-east-1", "123456789012", null);
    }

    public ExecutionOptions withExecutionName(String name) {
        return new ExecutionOptions(name, stateMachineName, startTime, clock, seed, limits, recordHistory, allowedHttpHosts,
                s3Buckets, region, accountId, roleArn);
    }

    public ExecutionOptions withStateMachineName(String name) {
        return new ExecutionOptions(executionName, name, startTime, clock, seed, limits, recordHistory, allowedHttpHosts,
                s3Buckets, region, accountId, roleArn);
    }

    public ExecutionOptions withStartTime(Instant time) {
        return new ExecutionOptions(executionName, stateMachineName, time, clock, seed, limits, recordHistory, allowedHttpHosts,
                s3Buckets, region, accountId, roleArn);
    }

    public ExecutionOptions withClock(ClockMode mode) {
        return new ExecutionOptions(executionName, stateMachineName, startTime, mode, seed, limits, recordHistory, allowedHttpHosts,
                s3Buckets, region, accountId, roleArn);
    }

    public ExecutionOptions withSeed(long newSeed) {
        return new ExecutionOptions(executionName, stateMachineName, startTime, clock, newSeed, limits, recordHistory,
                allowedHttpHosts, s3Buckets, region, accountId, roleArn);
    }

    public ExecutionOptions withLimits(ExecutionLimits newLimits) {
        return new ExecutionOptions(executionName, stateMachineName, startTime, clock, seed, newLimits, recordHistory,
                allowedHttpHosts, s3Buckets, region, accountId, roleArn);
    }

    public ExecutionOptions withRecordHistory(boolean record) {
        return new ExecutionOptions(executionName, stateMachineName, startTime, clock, seed, limits, record, allowedHttpHosts,
                s3Buckets, region, accountId, roleArn);
    }

    public ExecutionOptions withAllowedHttpHosts(Set<String> hosts) {
        return new ExecutionOptions(executionName, stateMachineName, startTime, clock, seed, limits, recordHistory, hosts,
                s3Buckets, region, accountId, roleArn);
    }

    public ExecutionOptions withS3Buckets(Map<String, Path> buckets) {
        return new ExecutionOptions(executionName, stateMachineName, startTime, clock, seed, limits, recordHistory,
                allowedHttpHosts, buckets, region, accountId, roleArn);
    }

    public ExecutionOptions withRegion(String newRegion) {
        return new ExecutionOptions(executionName, stateMachineName, startTime, clock, seed, limits, recordHistory,
                allowedHttpHosts, s3Buckets, newRegion, accountId, roleArn);
    }

    public ExecutionOptions withRoleArn(String role) {
        return new ExecutionOptions(executionName, stateMachineName, startTime, clock, seed, limits, recordHistory,
                allowedHttpHosts, s3Buckets, region, accountId, role);
    }

    public ExecutionOptions withAccountId(String account) {
        return new ExecutionOptions(executionName, stateMachineName, startTime, clock, seed, limits, recordHistory,
                allowedHttpHosts, s3Buckets, region, account, roleArn);
    }
}
