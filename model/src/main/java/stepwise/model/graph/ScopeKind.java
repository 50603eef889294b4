package stepwise.model.graph;

/** The kinds of state machine a scope draws: the workflow, a Parallel branch, a Map's item processor. */
public enum ScopeKind { MACHINE, BRANCH, PROCESSOR }
