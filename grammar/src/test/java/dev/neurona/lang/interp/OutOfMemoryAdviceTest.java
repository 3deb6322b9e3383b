package dev.neurona.lang.interp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.lang.plan.DataPlan;
import dev.neurona.lang.plan.DataSource;
import dev.neurona.runtime.data.DataOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The out-of-memory advice names 'limit' and 'stream' only where they bound memory: CSV sources. */
class OutOfMemoryAdviceTest {
    private static final SourceSpan WHERE = new SourceSpan(1, 1, 1, 5);

    @Test
    void aCsvSourceIsToldOfLimitAndStream() {
        String advice = OutOfMemoryAdvice.of(new DataPlan("d", new DataSource.Csv(Path.of("d.csv")), DataOptions.defaults(), WHERE));
        assertTrue(advice.contains("'limit N'") && advice.contains("'stream'") && advice.contains("-Xmx"), advice);
    }

    @Test
    void anIdxSourceIsNotToldOfOptionsThatWouldNotHelp() {
        String advice = OutOfMemoryAdvice.of(new DataPlan("d", new DataSource.Idx(Path.of("i"), Path.of("l")), DataOptions.defaults(), WHERE));
        assertFalse(advice.contains("limit") || advice.contains("stream"), advice);
        assertTrue(advice.contains("-Xmx"), advice);
    }
}
