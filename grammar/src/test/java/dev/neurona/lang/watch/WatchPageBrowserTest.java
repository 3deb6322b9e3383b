package dev.neurona.lang.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.lang.RunOptions;
import dev.neurona.lang.TestFiles;
import dev.neurona.lang.interp.Outcome;
import dev.neurona.lang.interp.Session;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The live page in a real headless Chromium while a small convolutional network trains. */
class WatchPageBrowserTest {
    @TempDir
    Path dir;

    private ChromeDriver browser;
    private Session session;
    private WatchServer watch;

    @AfterEach
    void tearDown() {
        if (browser != null) browser.quit();
        if (session != null) session.cancel();
        if (watch != null) watch.close();
        if (session != null) session.close();
    }

    @Test
    void showsTrainingLiveAndStopsItFromThePage() throws Exception {
        browser = Browser.start(Files.createDirectory(dir.resolve("profile")));
        TestFiles.writeIdx(dir.resolve("images.gz"), dir.resolve("labels.gz"), 600, 12, 12, 4);
        // far more epochs than the test waits for: only the stop button ends this run
        String script = """
                seed 3
                data shapes = idx("images.gz", "labels.gz") { scale 1/255; split train 80%, valid 20% }
                model cnn {
                  input 1x12x12
                  conv 4 3x3 relu padding=same
                  maxpool 2x2
                  dense 16 relu
                  dense 4 softmax
                }
                train cnn on shapes.train { validate on shapes.valid; epochs 10000; batch 8 }
                """;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        session = Session.forScript(
                RunOptions.builder()
                        .out(print)
                        .err(print)
                        .threads(1)
                        .dataDir(dir)
                        .build(),
                dir);
        watch = WatchServer.on(session, 0);
        CompletableFuture<Outcome> running = CompletableFuture.supplyAsync(() -> session.execute(script, "shapes.nn"));

        browser.get(watch.url());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.withMessage(() -> "the page never said training; the run printed: " + out.toString(StandardCharsets.UTF_8))
                .until(b -> b.findElement(By.id("status")).getText().equals("training"));
        assertEquals("cnn on shapes.train", browser.findElement(By.id("model")).getText());

        int first = wait.until(b -> points(b) > 0 ? points(b) : null);
        int later = wait.until(b -> points(b) > first + 5 ? points(b) : null);
        assertTrue(later > first, "the loss curve gains points while training runs");

        // eight examples, each with its input and its four feature maps of conv1 and maxpool1 drawn
        wait.until(b -> b.findElements(By.cssSelector(".example canvas.map[data-drawn='1']"))
                        .size()
                >= 8 * 8);
        assertEquals(
                8,
                browser.findElements(By.cssSelector(".example canvas.input[data-drawn='1']"))
                        .size());
        assertEquals(
                8 * 2,
                browser.findElements(By.cssSelector(".example canvas.units")).size(),
                "dense1, dense2");
        wait.until(b -> b.findElements(By.cssSelector("#example-0 .top li")).size() == 3);
        assertEquals(
                4,
                browser.findElements(By.cssSelector("#weights canvas.weight")).size(),
                "conv1's 4 kernels");
        assertFalse(running.isDone());

        browser.findElement(By.id("stop")).click();
        Outcome outcome = running.get(60, TimeUnit.SECONDS);
        assertEquals(Outcome.Status.INTERRUPTED, outcome.status());
        wait.until(b -> b.findElement(By.id("status")).getText().equals("stopped"));
        assertTrue(
                out.toString(StandardCharsets.UTF_8).contains("interrupted: training of 'cnn' stopped in epoch"),
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void showsATableForTabularDataWithEveryValueAsText() throws Exception {
        browser = Browser.start(Files.createDirectory(dir.resolve("profile")));
        StringBuilder csv = new StringBuilder("size,kind\n");
        for (int i = 0; i < 40; i++)
            csv.append(i)
                    .append(',')
                    .append(i % 2 == 0 ? "<b>big</b>" : "small&<i>")
                    .append('\n');
        TestFiles.write(dir.resolve("rows.csv"), csv.toString());
        String script = """
                seed 1
                data rows = csv("rows.csv") { target kind; normalize standard }
                model m { input rows; dense 2 softmax }
                train m on rows { epochs 3; batch 4 }
                """;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        session = Session.forScript(
                RunOptions.builder()
                        .out(print)
                        .err(print)
                        .threads(1)
                        .dataDir(dir)
                        .build(),
                dir);
        watch = WatchServer.on(session, 0);
        assertEquals(
                Outcome.Status.OK, session.execute(script, "rows.nn").status(), out.toString(StandardCharsets.UTF_8));

        browser.get(watch.url());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(b -> b.findElement(By.id("table")).isDisplayed());
        wait.until(b -> !b.findElement(By.id("table-body")).getText().contains("…"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#table-body tr"));
        assertEquals(8, rows.size());
        assertTrue(rows.get(0).getText().contains("<b>big</b>"), rows.get(0).getText());
        assertTrue(rows.get(1).getText().contains("small&<i>"), rows.get(1).getText());
        assertTrue(
                browser.findElements(By.cssSelector("#table b, #table i, .examples *"))
                        .isEmpty(),
                "values from the data are text, never markup");
    }

    @Test
    void fillsTheSweepTableAsRunsFinish() throws Exception {
        browser = Browser.start(Files.createDirectory(dir.resolve("profile")));
        TestFiles.writeIdx(dir.resolve("images.gz"), dir.resolve("labels.gz"), 200, 6, 6, 3);
        String script = """
                seed 5
                data shapes = idx("images.gz", "labels.gz") { scale 1/255; split train 80%, valid 20% }
                model mlp(hidden = 8) { input 6x6; dense hidden relu; dense 3 softmax }
                sweep best = mlp on shapes.train {
                  validate on shapes.valid
                  epochs 2
                  vary hidden in [4, 8]
                  vary lr in [0.01, 0.001]
                }
                """;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        session = Session.forScript(
                RunOptions.builder()
                        .out(print)
                        .err(print)
                        .threads(1)
                        .dataDir(dir)
                        .build(),
                dir);
        watch = WatchServer.on(session, 0);
        browser.get(watch.url());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(b -> b.findElement(By.id("status")).getText().equals("waiting"));
        assertEquals(
                Outcome.Status.OK, session.execute(script, "sweep.nn").status(), out.toString(StandardCharsets.UTF_8));
        wait.until(b -> b.findElements(By.cssSelector("#sweep-body tr")).size() == 4);
        assertTrue(browser.findElement(By.id("sweep-title"))
                .getText()
                .startsWith("sweep best = mlp on shapes.train: 4 combinations"));
        assertEquals(
                "# hidden lr run loss acc val_loss val_acc epochs seconds",
                browser.findElement(By.id("sweep-head")).getText());
        List<String> firstCells = browser.findElements(By.cssSelector("#sweep-body tr:first-child td")).stream()
                .map(WebElement::getText)
                .toList();
        assertEquals(List.of("1", "4", "0.01", "1"), firstCells.subList(0, 4));
        assertTrue(firstCells.get(7).matches("[01]\\.\\d{4}"), "val_acc " + firstCells.get(7));
    }

    @Test
    void refusesRequestsWithoutTheTokenOrFromAnotherHost() throws Exception {
        session = Session.forScript(RunOptions.standard(), dir);
        watch = WatchServer.on(session, 0);
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + watch.port();
        String token = URI.create(watch.url()).getQuery().substring("token=".length());
        // one character changed, whatever the token's first character happens to be
        String wrongToken = (token.charAt(0) == '0' ? "1" : "0") + token.substring(1);
        for (String path : List.of("/", "/watch.js", "/api/state", "/api/events", "/nothing")) {
            assertEquals(
                    403,
                    status(http, HttpRequest.newBuilder(URI.create(base + path)).GET()),
                    path);
            assertEquals(
                    403,
                    status(
                            http,
                            HttpRequest.newBuilder(URI.create(base + path + "?token=" + wrongToken))
                                    .GET()),
                    path);
        }
        assertEquals(
                403,
                status(
                        http,
                        HttpRequest.newBuilder(URI.create(base + "/api/stop"))
                                .POST(HttpRequest.BodyPublishers.noBody())));
        assertEquals(
                200,
                status(
                        http,
                        HttpRequest.newBuilder(URI.create(base + "/api/state?token=" + token))
                                .GET()));
        assertEquals(
                403,
                status(
                        http,
                        HttpRequest.newBuilder(URI.create(base + "/api/state?token=" + token))
                                .header("Origin", "http://evil.example")
                                .GET()));
        assertEquals(
                409,
                status(
                        http,
                        HttpRequest.newBuilder(URI.create(base + "/api/stop?token=" + token))
                                .POST(HttpRequest.BodyPublishers.noBody())),
                "nothing runs: nothing to stop");
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create(watch.url())).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "no CORS");
        assertTrue(
                page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        // a DNS name rebound to 127.0.0.1 carries its own name in Host: HttpClient will not forge one, a socket will
        assertTrue(rawStatusLine(watch.port(), "/api/state?token=" + token, "evil.example:" + watch.port())
                .contains(" 403 "));
        assertTrue(rawStatusLine(watch.port(), "/api/state?token=" + token, "localhost:" + watch.port())
                .contains(" 200 "));
    }

    private static int points(org.openqa.selenium.WebDriver browser) {
        String points = browser.findElement(By.id("loss")).getAttribute("data-points");
        return points == null ? 0 : Integer.parseInt(points);
    }

    private static int status(HttpClient http, HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static String rawStatusLine(int port, String target, String host) throws Exception {
        try (var socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            return new java.io.BufferedReader(
                            new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }
}
