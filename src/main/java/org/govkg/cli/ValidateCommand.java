package org.govkg.cli;

import org.govkg.store.KgStore;
import org.govkg.store.StoreException;
import org.govkg.store.Validation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import org.govkg.store.CubeIntegrity;
import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validates every graph of the store against ontology/shapes.ttl (SHACL) and the W3C Data Cube integrity constraints IC-1 to IC-19; exit 1 on any violation.")
final class ValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    BuiltStoreOptions built;

    @Option(names = "--max-report", description = "violations printed at most (default: ${DEFAULT-VALUE})")
    int max = 50;

    @Override
    public Integer call() {
        try (KgStore store = KgStore.openBuilt(built.path())) {
            Validation.Report r = Validation.validate(store.dataset(), built.base());
            var out = spec.commandLine().getOut();
            r.messages().stream().limit(max).forEach(out::println);
            out.printf("%d graphs validated, %d violations%n", r.graphs(), r.violations());
            List<String> cube = CubeIntegrity.violations(store.dataset());
            cube.forEach(c -> out.println("Data Cube: violated " + c));
            out.printf("Data Cube integrity constraints IC-1 to IC-%d: %d violated%n", CubeIntegrity.CONSTRAINTS, cube.size());
            return r.violations() == 0 && cube.isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.of(e);
        }
    }
}
