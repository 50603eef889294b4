package stepwise.engine.replay;

/** What a token of an execution is: the execution itself, one branch of a Parallel, or one iteration of a Map. */
public enum TokenKind {
    EXECUTION, BRANCH, ITERATION
}
