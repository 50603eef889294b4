package stepwise.model.asl;

import java.util.List;

/**
 * The kinds of JSON object that ASL gives fields to: a state machine (the workflow, a Parallel branch,
 * a Map's item processor), a state, a retrier, a catcher, a Choice rule, a Task's credentials and the
 * smaller objects of a Map. {@link FieldCatalog} says which fields each one takes.
 */
public enum AslObjectKind {
    MACHINE, BRANCH, ITEM_PROCESSOR, PROCESSOR_CONFIG, STATE, RETRIER, CATCHER, CHOICE_RULE, NESTED_RULE,
    ITEM_READER, READER_CONFIG, ITEM_BATCHER, RESULT_WRITER, CREDENTIALS;

    /** True for the three kinds of state machine. */
    public boolean isMachine() {
        return this == MACHINE || this == BRANCH || this == ITEM_PROCESSOR;
    }

    /**
     * The kind of the object at {@code tokens} (the JSON Pointer tokens from the document's root), or
     * null when it is not an ASL object: free-form JSON such as {@code Parameters}, an array, or a
     * place ASL does not define.
     */
    public static AslObjectKind at(List<String> tokens) {
        AslObjectKind kind = MACHINE;
        int i = 0;
        int n = tokens.size();
        while (i < n) {
            String t = tokens.get(i);
            boolean indexed = i + 1 < n && isIndex(tokens.get(i + 1));
            AslObjectKind next = null;
            int step = 1;
            switch (kind) {
                case MACHINE, BRANCH, ITEM_PROCESSOR -> {
                    if (t.equals("States") && i + 1 < n) {
                        next = STATE;
                        step = 2;
                    } else if (t.equals("ProcessorConfig") && kind == ITEM_PROCESSOR) {
                        next = PROCESSOR_CONFIG;
                    }
                }
                case STATE -> {
                    switch (t) {
                        case "Branches" -> next = indexed ? BRANCH : null;
                        case "ItemProcessor", "Iterator" -> next = ITEM_PROCESSOR;
                        case "Retry" -> next = indexed ? RETRIER : null;
                        case "Catch" -> next = indexed ? CATCHER : null;
                        case "Choices" -> next = indexed ? CHOICE_RULE : null;
                        case "ItemReader" -> next = ITEM_READER;
                        case "ItemBatcher" -> next = ITEM_BATCHER;
                        case "ResultWriter" -> next = RESULT_WRITER;
                        case "Credentials" -> next = CREDENTIALS;
                        default -> next = null;
                    }
                    if (next == BRANCH || next == RETRIER || next == CATCHER || next == CHOICE_RULE) {
                        step = 2;
                    }
                }
                case CHOICE_RULE, NESTED_RULE -> {
                    if ((t.equals("And") || t.equals("Or")) && indexed) {
                        next = NESTED_RULE;
                        step = 2;
                    } else if (t.equals("Not")) {
                        next = NESTED_RULE;
                    }
                }
                case ITEM_READER -> next = t.equals("ReaderConfig") ? READER_CONFIG : null;
                default -> next = null;
            }
            if (next == null) {
                return null;
            }
            kind = next;
            i += step;
        }
        return kind;
    }

    private static boolean isIndex(String token) {
        if (token.isEmpty()) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
