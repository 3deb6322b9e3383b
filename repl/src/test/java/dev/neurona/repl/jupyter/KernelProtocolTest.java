package dev.neurona.repl.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts of the protocol the kernel depends on: connection files, message signatures, the kernelspec. */
class KernelProtocolTest {

    private static final String CONNECTION = """
            {"shell_port": 50001, "iopub_port": 50002, "stdin_port": 50003, "control_port": 50004,
             "hb_port": 50005, "ip": "127.0.0.1", "key": "a0436f6c-1916-498b-8eb9-e81ab9368e84",
             "transport": "tcp", "signature_scheme": "hmac-sha256", "kernel_name": "neurona"}
            """;

    @Test
    void aConnectionFileIsRead() {
        KernelConnectionProperties properties = KernelConnectionProperties.parse(CONNECTION);
        assertEquals(50001, properties.getShellPort());
        assertEquals(50004, properties.getControlPort());
        assertEquals(50005, properties.getHbPort());
        assertEquals("hmac-sha256", properties.getSignatureScheme());
    }

    @Test
    void messagesAreSignedWithHmacSha256OverHeaderParentMetadataAndContent() throws Exception {
        KernelConnectionProperties properties = KernelConnectionProperties.parse(CONNECTION);
        HMACGenerator signer = properties.createHMACGenerator();
        byte[][] parts = {
            bytes("{\"msg_id\":\"1\",\"msg_type\":\"kernel_info_request\"}"), bytes("{}"), bytes("{}"), bytes("{}")
        };
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(bytes(properties.getKey()), "HmacSHA256"));
        for (byte[] part : parts) {
            mac.update(part);
        }
        String signature = signer.calculateSignature(parts);
        assertEquals(HexFormat.of().formatHex(mac.doFinal()), signature);
        parts[3] = bytes("{\"changed\":true}");
        assertNotEquals(signature, signer.calculateSignature(parts), "a changed content changes the signature");
    }

    @Test
    void theKernelspecStartsTheKernelWithTheConnectionFileAndTakesInterruptsAsMessages(@TempDir Path dir)
            throws Exception {
        Path folder =
                KernelSpec.write(dir, "neurona", List.of("/opt/java 17/bin/java", "-jar", "nn.jar"), "Neurona (.nn)");
        String json = Files.readString(folder.resolve("kernel.json"));
        assertEquals(dir.resolve("kernels").resolve("neurona"), folder);
        assertTrue(
                json.contains("\"argv\": [\"/opt/java 17/bin/java\", \"-jar\", \"nn.jar\", \"kernel\", "
                        + "\"--connection-file\", \"{connection_file}\"]"),
                json);
        assertTrue(json.contains("\"interrupt_mode\": \"message\""), json);
        assertTrue(json.contains("\"language\": \"nn\""), json);
    }

    @Test
    void jsonStringsAreEscaped() {
        assertEquals("\"C:\\\\nn \\\"x\\\"\\n\"", KernelSpec.quoted("C:\\nn \"x\"\n"));
    }

    @Test
    void inspectionLooksAtTheNameAroundTheCursor() {
        assertEquals("digits.train", NnKernel.wordAt("train m on digits.train { }", 15));
        assertEquals("m", NnKernel.wordAt("print m", 7));
        assertEquals("", NnKernel.wordAt("a  b", 2));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
