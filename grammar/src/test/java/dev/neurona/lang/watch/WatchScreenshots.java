package dev.neurona.lang.watch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.lang.RunOptions;
import dev.neurona.lang.interp.Outcome;
import dev.neurona.lang.interp.Session;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The screenshots of the watch page in the docs: runs a sample, photographs the page after its
 * third epoch, then stops training from the page. Not part of the test run (its name is not a
 * test name, so surefire leaves it out rather than reporting a skip); make them with
 * <pre>
 * mvn -B -q -pl grammar -am verify -Dtest=WatchScreenshots -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dwatch.screenshots=../docs/images
 * </pre>
 * which writes {@code watch-mnist.png} and {@code watch-cnn.png} there.
 */
@EnabledIfSystemProperty(named = "watch.screenshots", matches = ".+")
class WatchScreenshots {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"mnist", "cnn"})
    void photographsTheSampleWhileItTrains(String sample) throws Exception {
        Path samples = Path.of("..", "samples");
        Path script = samples.resolve(sample + ".nn");
        String source = Files.readString(script).replaceAll("save \\w+ to \"[^\"]*\"", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        try (Session session = Session.forScript(
                        RunOptions.builder().out(print).err(print).dataDir(dir).build(), samples);
                WatchServer watch = WatchServer.on(session, 0)) {
            ChromeDriver browser = Browser.start(Files.createDirectory(dir.resolve("profile")));
            try {
                CompletableFuture<Outcome> running =
                        CompletableFuture.supplyAsync(() -> session.execute(source, script));
                browser.manage().window().setSize(new org.openqa.selenium.Dimension(1300, 1750));
                browser.get(watch.url());
                new WebDriverWait(browser, Duration.ofMinutes(10))
                        .until(b -> b.findElement(By.id("epoch-lines"))
                                                .getText()
                                                .lines()
                                                .count()
                                        >= 3
                                && !b.findElements(By.cssSelector("#weights canvas"))
                                        .isEmpty());
                Thread.sleep(1500); // the next pictures and a few batch points of epoch 4
                Path shot = Path.of(System.getProperty("watch.screenshots")).resolve("watch-" + sample + ".png");
                Files.createDirectories(shot.getParent());
                Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
                browser.findElement(By.id("stop")).click();
                running.get(5, TimeUnit.MINUTES);
                assertTrue(Files.size(shot) > 10_000, shot + " is a picture");
            } finally {
                browser.quit();
            }
        }
    }
}
