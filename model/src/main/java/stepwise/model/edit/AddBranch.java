package stepwise.model.edit;

import java.util.List;
import stepwise.model.AslDocument;
import stepwise.model.asl.StateType;
import stepwise.model.json.Json;
import stepwise.model.json.JsonArray;
import stepwise.model.json.JsonObject;
import stepwise.model.json.JsonPointer;

/**
 * Adds a branch at the end of the Parallel state at {@code parallel}. A branch cannot be empty, so it
 * starts with one Pass state that ends it, named {@code Branch N} (the next free name).
 */
public record AddBranch(JsonPointer parallel) implements EditCommand {

    @Override
    public String description() {
        return "Add branch to " + parallel.last();
    }

    @Override
    public List<TextEdit> edits(AslDocument document) throws EditException {
        StateLocation loc = StateLocation.find(document, parallel);
        if (loc.state().type() != StateType.PARALLEL) {
            throw new EditException("Only a Parallel state has branches; \"" + loc.name() + "\" is a " + loc.state().type().aslName());
        }
        JsonArray branches = loc.state().raw().array("Branches");
        int number = branches == null ? 1 : branches.size() + 1;
        String name = StateNames.unique("Branch " + number, StateNames.taken(document));
        JsonObject branch = Json.object("StartAt", Json.string(name), "States",
                Json.object(name, Json.object("Type", Json.string("Pass"), "End", Json.bool(true))));
        TextPatcher patcher = TextPatcher.of(document);
        if (branches != null) {
            return List.of(patcher.insertItem(branches, branches.size(), branch));
        }
        if (loc.state().raw().has("Branches")) {
            throw new EditException("Branches of \"" + loc.name() + "\" is not an array");
        }
        return List.of(patcher.insertMember(loc.state().raw(), loc.state().raw().size(), "Branches", Json.array(branch)));
    }
}
