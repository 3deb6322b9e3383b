package dev.neurona.lang.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void escapesEverythingThatCouldEndAStringOrAScript() {
        String json =
                new Json().text("name", "a\"b\\c\n</script><b>&\u2028\u0001").toString();
        assertEquals("{\"name\":\"a\\\"b\\\\c\\n\\u003c/script\\u003e\\u003cb\\u003e\\u0026\\u2028\\u0001\"}", json);
    }

    @Test
    void writesNumbersThatAreNotFiniteAsNull() {
        assertEquals(
                "{\"type\":\"epoch\",\"a\":null,\"b\":null,\"c\":3,\"d\":0.250000,\"e\":[1,null]}",
                Json.event("epoch")
                        .number("a", Double.NaN)
                        .number("b", Double.POSITIVE_INFINITY)
                        .number("c", 3.0)
                        .number("d", 0.25)
                        .numbers("e", new double[] {1, Double.NaN})
                        .toString());
    }

    @Test
    void writesListsOfTextAndRawValues() {
        assertEquals(
                "{\"t\":[\"x\",\"\\\"y\"],\"r\":[{},{}]}",
                new Json()
                        .texts("t", List.of("x", "\"y"))
                        .raw("r", Json.array(List.of("{}", "{}")))
                        .toString());
    }
}
