package dev.neurona.repl.jupyter;

import java.nio.file.Path;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/** Connects a kernel to the sockets a connection file names and serves it until shutdown. */
public final class KernelLauncher {

    private KernelLauncher() {}

    /**
     * @param connectionJson the text of the connection file Jupyter wrote
     * @param onSigint       called with the kernel's interrupt, to hook it to SIGINT too
     */
    public static void serve(
            String connectionJson,
            Path workingDirectory,
            Path dataDir,
            String version,
            java.util.function.Consumer<Runnable> onSigint)
            throws Exception {
        KernelConnectionProperties properties = KernelConnectionProperties.parse(connectionJson);
        JeroMqShutdownNoise.install();
        try (CellRunner cells = new CellRunner(workingDirectory, dataDir)) {
            NnKernel kernel = new NnKernel(cells, version);
            onSigint.accept(kernel::interrupt);
            JupyterConnection connection = new JupyterConnection(properties);
            kernel.becomeHandlerForConnection(connection);
            connection.connect();
            connection.waitUntilClose();
        }
    }
}
