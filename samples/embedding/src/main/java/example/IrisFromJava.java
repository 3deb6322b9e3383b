package example;

import dev.neurona.api.Neurona;
import dev.neurona.api.NeuronaSession;
import dev.neurona.api.ScriptException;
import dev.neurona.lang.diag.Diagnostic;
import dev.neurona.runtime.Model;
import java.nio.file.Path;
import java.util.Locale;

/** Trains iris from a spec string, predicts raw measurements, and gets a wrong spec back as diagnostics. */
public final class IrisFromJava {
    public static void main(String[] args) {
        Path here = Path.of(args.length > 0 ? args[0] : ".");
        try (NeuronaSession nn = Neurona.session(here)) {
            nn.run("""
                    seed 7
                    data iris = csv("iris.csv") { target species; split train 80%, test 20% }
                    model m { input iris; dense 16 relu; dense 3 softmax }
                    train m on iris.train { optimizer adam(lr=0.02); epochs 60; batch 16 }
                    """);
            Model m = nn.model("m");
            double accuracy = nn.evaluate("m", "iris.test").accuracy();
            System.out.println(String.format(Locale.ROOT, "test accuracy %.3f", accuracy));
            System.out.println("5.1 3.5 1.4 0.2 -> " + m.predictClass(5.1, 3.5, 1.4, 0.2));
            System.out.println("6.7 3.0 5.2 2.3 -> " + m.predictClass(6.7, 3.0, 5.2, 2.3));
        }
        try (NeuronaSession nn = Neurona.session(here)) {
            nn.run("model broken { input 4; dense 3 sofmax }");
            System.out.println("the wrong spec ran");
            System.exit(1);
        } catch (ScriptException e) {
            for (Diagnostic d : e.diagnostics()) {
                System.out.println("diagnostic " + d.file() + ":" + d.span().line() + ":" + d.span().column()
                        + " " + d.message());
            }
        }
    }
}
