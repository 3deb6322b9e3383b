package dev.neurona.repl.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.JupyterSocket;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.reply.CompleteReply;
import org.dflib.jjava.jupyter.messages.request.CompleteRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/**
 * {@code complete_request} over the kernel's real sockets: a signed request on the shell channel,
 * as Jupyter sends it, and the {@code complete_reply} it gets, for a cursor in a CSV data block.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KernelCompletionTest {

    private CellRunner cells;
    private JupyterConnection kernelSide;
    private ZMQ.Context context;
    private Shell shell;

    /** The client's end of the shell channel: a DEALER socket that signs what it sends. */
    private static final class Shell extends JupyterSocket {
        Shell(ZMQ.Context context, HMACGenerator signer) {
            super(context, SocketType.DEALER, signer, LoggerFactory.getLogger(Shell.class));
        }

        @Override
        public void bind(KernelConnectionProperties properties) {
            connect(formatAddress(properties.getTransport(), properties.getIp(), properties.getShellPort()));
        }
    }

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("houses.csv"), "area,rooms,sale price\n120,4,250000\n", StandardCharsets.UTF_8);
        String connection = String.format(
                Locale.ROOT,
                "{\"shell_port\": %d, \"iopub_port\": %d, \"stdin_port\": %d, \"control_port\": %d, \"hb_port\": %d,"
                        + " \"ip\": \"127.0.0.1\", \"key\": \"%s\", \"transport\": \"tcp\","
                        + " \"signature_scheme\": \"hmac-sha256\", \"kernel_name\": \"neurona\"}",
                freePort(),
                freePort(),
                freePort(),
                freePort(),
                freePort(),
                UUID.randomUUID());
        KernelConnectionProperties properties = KernelConnectionProperties.parse(connection);
        cells = new CellRunner(dir, dir.resolve("datasets"));
        NnKernel kernel = new NnKernel(cells, "test");
        kernelSide = new JupyterConnection(properties);
        kernel.becomeHandlerForConnection(kernelSide);
        kernelSide.connect();
        context = ZMQ.context(1);
        shell = new Shell(context, properties.createHMACGenerator());
        shell.bind(properties);
    }

    @AfterAll
    void stop() {
        shell.setLinger(0);
        shell.close();
        kernelSide.close();
        context.term();
        cells.close();
    }

    private CompleteReply complete(String code, int cursor) {
        shell.sendMessage(new Message<>(new Header<>(CompleteRequest.MESSAGE_TYPE), new CompleteRequest(code, cursor)));
        ZMQ.Poller poller = context.poller(1);
        poller.register(shell, ZMQ.Poller.POLLIN);
        assertTrue(poller.poll(30_000) > 0, "no complete_reply within 30 s");
        poller.close();
        Message<CompleteReply> reply = shell.readMessage(CompleteReply.MESSAGE_TYPE);
        assertNotNull(reply);
        return reply.getContent();
    }

    @Test
    void theColumnsOfTheDataBlockTheCursorIsIn() {
        String cell = "print \"houses\"\ndata h = csv(\"houses.csv\") {\n  target ";
        CompleteReply reply = complete(cell, cell.length());
        assertEquals(List.of("area", "rooms", "\"sale price\""), reply.getMatches());
        assertEquals(cell.length(), reply.getCursorStart());
        assertEquals(cell.length(), reply.getCursorEnd());
    }

    @Test
    void whatIsTypedNarrowsThemAndIsReplaced() {
        String cell = "data h = csv(\"houses.csv\") {\n  features area,\n    ro\n}\nprint h";
        int cursor = cell.indexOf("ro\n") + 2;
        CompleteReply reply = complete(cell, cursor);
        assertEquals(List.of("rooms"), reply.getMatches());
        assertEquals(cursor - 2, reply.getCursorStart());
        String quoted = "data h = csv(\"houses.csv\") { ignore \"sa";
        CompleteReply inQuotes = complete(quoted, quoted.length());
        assertEquals(List.of("sale price\""), inQuotes.getMatches(), "the rest of the name and its closing quote");
        assertEquals(quoted.length() - 2, inQuotes.getCursorStart());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
