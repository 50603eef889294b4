package stepwise.model.asl;

import java.util.Locale;

/** The eight ASL state types. */
public enum StateType {
    TASK("Task"), CHOICE("Choice"), PARALLEL("Parallel"), MAP("Map"), WAIT("Wait"), PASS("Pass"), SUCCEED("Succeed"), FAIL("Fail");

    private final String aslName;

    StateType(String aslName) {
        this.aslName = aslName;
    }

    /** The name as ASL writes it in {@code "Type"}. */
    public String aslName() {
        return aslName;
    }

    /** The type named {@code name} exactly as ASL writes it, or null. */
    public static StateType fromAsl(String name) {
        if (name == null) {
            return null;
        }
        for (StateType t : values()) {
            if (t.aslName.equals(name)) {
                return t;
            }
        }
        return null;
    }

    /** True for Succeed and Fail, which end their machine and take no Next or End. */
    public boolean isTerminalType() {
        return this == SUCCEED || this == FAIL;
    }

    @Override
    public String toString() {
        return aslName;
    }

    public String cssName() {
        return aslName.toLowerCase(Locale.ROOT);
    }
}
