package stepwise.model.validate;

/** One family of checks (structure, field schema, paths, ...): reads the workflow, reports what is wrong. */
interface Rule {
    void check(WorkflowIndex workflow, Findings findings);
}
