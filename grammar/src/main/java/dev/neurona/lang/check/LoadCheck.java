package dev.neurona.lang.check;

import dev.neurona.lang.ast.LoadStmt;
import dev.neurona.lang.check.facts.DataShape;
import dev.neurona.lang.check.facts.ScriptPaths;
import dev.neurona.lang.plan.LoadPlan;
import dev.neurona.lang.plan.Plan;
import dev.neurona.runtime.i18n.Text;
import dev.neurona.runtime.io.ModelFile;
import dev.neurona.runtime.io.ModelSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code load NAME from "file"}: the file must exist, or be written by an earlier statement of
 * the script. Its architecture and data schema are read for the checks that follow; a damaged
 * file is reported when the statement runs.
 */
final class LoadCheck {

    private final CheckContext context;

    LoadCheck(CheckContext context) {
        this.context = context;
    }

    Optional<Plan> check(LoadStmt stmt) {
        String name = stmt.name().name();
        int line = stmt.span().line();
        Path file = context.paths().resolve(stmt.path().value());
        Optional<ModelSymbol> written = context.scope().modelWrittenTo(file);
        ModelSymbol symbol;
        if (written.isPresent()) {
            ModelSymbol saved = written.get();
            symbol = new ModelSymbol(
                    name, line, saved.info(), saved.template(), saved.spec(), saved.trained(), saved.trainedOn());
        } else if (Files.isRegularFile(file)) {
            symbol = read(file, name, line);
        } else {
            context.problems()
                    .error(
                            stmt.path().span(),
                            Text.of("check.source.missing_file", stmt.path().value(), ScriptPaths.shown(file)));
            context.scope()
                    .define(
                            ModelSymbol.broken(name, line),
                            stmt.name().span(),
                            context.problems(),
                            context.warnOnRedefinition());
            return Optional.empty();
        }
        context.scope().define(symbol, stmt.name().span(), context.problems(), context.warnOnRedefinition());
        return Optional.of(new LoadPlan(name, file, stmt.path().span()));
    }

    private static ModelSymbol read(Path file, String name, int line) {
        try {
            ModelSnapshot snapshot = ModelFile.load(file);
            Optional<DataShape> data = DataShape.ofTrained(snapshot.schema(), snapshot.preprocessing());
            return new ModelSymbol(
                    name,
                    line,
                    Optional.of(ModelInfo.of(snapshot.spec())),
                    Optional.empty(),
                    Optional.of(snapshot.spec()),
                    true,
                    data);
        } catch (RuntimeException e) {
            return ModelSymbol.broken(name, line); // running the load names what is wrong with the file
        }
    }
}
