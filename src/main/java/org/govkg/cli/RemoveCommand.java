package org.govkg.cli;

import org.govkg.pipeline.Engine;
import org.govkg.pipeline.Pipeline;
import org.govkg.store.KgStore;
import org.govkg.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Deletes documents from the store by id (their named graphs, whole), then recomputes gkr:graph/links: "
                + "things shared with other documents keep those documents' mentions and lose the removed ones'.")
final class RemoveCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    BuiltStoreOptions built;

    @Parameters(arity = "1..*", paramLabel = "DOC-ID", description = "document ids (a file's name without its extension)")
    List<String> ids;

    @Override
    public Integer call() {
        try (KgStore store = KgStore.openBuilt(built.path())) {
            List<String> missing = new Pipeline(new Engine(built.base())).remove(store, ids);
            for (String id : missing) spec.commandLine().getErr().println("error: " + id + ": no such document in the store");
            spec.commandLine().getOut().printf("total: %d documents removed, %d not found%n", ids.size() - missing.size(), missing.size());
            return missing.isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.of(e);
        }
    }
}
