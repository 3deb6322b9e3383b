package dev.neurona.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * {@code nn kernel} from the runnable jar, as Jupyter starts it: it answers a signed
 * {@code kernel_info_request}, shuts down on a {@code shutdown_request}, and prints nothing on
 * stderr on the way (no logging library's warnings about itself).
 */
class KernelJarIT {

    private static final String KEY = UUID.randomUUID().toString();

    @TempDir
    Path dir;

    @Test
    void aKernelStartsAnswersAndShutsDownWithoutAWordOnStderr() throws Exception {
        int[] ports = freePorts(5);
        Path connection = dir.resolve("kernel.json");
        Files.writeString(
                connection,
                String.format(
                        "{\"shell_port\": %d, \"iopub_port\": %d, \"stdin_port\": %d, \"control_port\": %d,"
                                + " \"hb_port\": %d, \"ip\": \"127.0.0.1\", \"key\": \"%s\", \"transport\": \"tcp\","
                                + " \"signature_scheme\": \"hmac-sha256\", \"kernel_name\": \"neurona\"}",
                        ports[0], ports[1], ports[2], ports[3], ports[4], KEY));
        Path jar =
                Path.of(System.getProperty("neurona.jar", "target/neurona.jar")).toAbsolutePath();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path err = dir.resolve("err.txt");
        Process kernel = new ProcessBuilder(
                        java.toString(), "-jar", jar.toString(), "kernel", "--connection-file", connection.toString())
                .directory(dir.toFile())
                .redirectError(err.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .start();
        try (ZContext context = new ZContext()) {
            ZMQ.Socket shell = connect(context, ports[0]);
            send(shell, "kernel_info_request", "{}");
            List<String> reply = receive(shell);
            assertTrue(reply.get(2).contains("\"kernel_info_reply\""), reply.toString());
            assertTrue(reply.get(5).contains("\"implementation\":\"neurona\""), reply.toString());

            ZMQ.Socket control = connect(context, ports[3]);
            send(control, "shutdown_request", "{\"restart\": false}");
            assertTrue(receive(control).get(2).contains("\"shutdown_reply\""));
            assertTrue(kernel.waitFor(60, TimeUnit.SECONDS), "the kernel did not stop");
            assertEquals(0, kernel.exitValue());
        } finally {
            kernel.destroyForcibly();
        }
        assertEquals("", Files.readString(err, StandardCharsets.UTF_8), "the kernel's stderr");
    }

    private static ZMQ.Socket connect(ZContext context, int port) {
        ZMQ.Socket socket = context.createSocket(SocketType.DEALER);
        socket.setReceiveTimeOut(60_000);
        socket.connect("tcp://127.0.0.1:" + port);
        return socket;
    }

    /** A message as the wire protocol frames it: delimiter, signature, header, parent, metadata, content. */
    private static void send(ZMQ.Socket socket, String type, String content) throws Exception {
        String header = String.format(
                "{\"msg_id\": \"%s\", \"username\": \"test\", \"session\": \"s\", \"date\": \"2026-01-01T00:00:00Z\","
                        + " \"msg_type\": \"%s\", \"version\": \"5.3\"}",
                UUID.randomUUID(), type);
        List<String> parts = List.of(header, "{}", "{}", content);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        for (String part : parts) {
            mac.update(part.getBytes(StandardCharsets.UTF_8));
        }
        socket.sendMore("<IDS|MSG>");
        socket.sendMore(HexFormat.of().formatHex(mac.doFinal()));
        for (int i = 0; i < parts.size(); i++) {
            if (i < parts.size() - 1) {
                socket.sendMore(parts.get(i));
            } else {
                socket.send(parts.get(i));
            }
        }
    }

    /** The frames of one reply from the delimiter on; fails when none comes within a minute. */
    private static List<String> receive(ZMQ.Socket socket) {
        List<String> frames = new ArrayList<>();
        do {
            byte[] frame = socket.recv();
            assertTrue(frame != null, "no reply from the kernel");
            frames.add(new String(frame, StandardCharsets.UTF_8));
        } while (socket.hasReceiveMore());
        return frames.subList(frames.indexOf("<IDS|MSG>"), frames.size());
    }

    private static int[] freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) sockets.add(new ServerSocket(0));
            return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } finally {
            for (ServerSocket socket : sockets) socket.close();
        }
    }
}
