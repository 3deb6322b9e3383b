package dev.neurona.lang.check.value;

import dev.neurona.lang.ast.SourceSpan;
import dev.neurona.runtime.i18n.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of something called with arguments, such as {@code adam(lr=0.001)},
 * {@code huber(delta=1)} or {@code early_stop(patience=3)}: their names in positional order,
 * kinds, defaults and ranges. {@link #bind} matches written arguments to them, reporting unknown
 * names with the nearest one, values given twice, missing required ones, wrong kinds and values
 * out of range.
 */
public final class Signature {

    /** What a parameter holds. */
    public enum Kind {
        NUMBER,
        WHOLE,
        BOOL,
        WORD,
        TEXT
    }

    /**
     * One parameter.
     *
     * @param fallback the default (a {@code Double}, {@code Long}, {@code Boolean} or {@code String}), or null when required
     */
    public record Param(String name, Kind kind, @Nullable Object fallback, Range range) {}

    private final String owner;
    private final List<Param> params;

    /** @param owner how messages name what is called: {@code adam}, {@code early_stop} */
    public Signature(String owner, List<Param> params) {
        this.owner = owner;
        this.params = List.copyOf(params);
    }

    public static Param number(String name, @Nullable Double fallback, Range range) {
        return new Param(name, Kind.NUMBER, fallback, range);
    }

    public static Param whole(String name, @Nullable Long fallback, Range range) {
        return new Param(name, Kind.WHOLE, fallback, range);
    }

    public static Param bool(String name, @Nullable Boolean fallback) {
        return new Param(name, Kind.BOOL, fallback, Range.ANY);
    }

    public static Param word(String name, String fallback) {
        return new Param(name, Kind.WORD, fallback, Range.ANY);
    }

    public static Param text(String name, String fallback) {
        return new Param(name, Kind.TEXT, fallback, Range.ANY);
    }

    public String owner() {
        return owner;
    }

    public List<String> names() {
        return params.stream().map(Param::name).toList();
    }

    /**
     * Matches arguments to parameters: positional ones in order, then named ones.
     *
     * @param where the place to point at when a required argument is missing
     * @return the values of all parameters, defaults filled in; empty when anything was wrong
     */
    public Optional<Bound> bind(List<Value> positional, List<Value.Named> named, SourceSpan where, Expect expect) {
        Problems problems = expect.problems();
        int errorsBefore = problems.errorCount();
        Map<String, Value> given = new LinkedHashMap<>();
        for (int i = 0; i < positional.size(); i++) {
            if (i >= params.size()) {
                problems.error(positional.get(i).span(), tooMany());
                break;
            }
            given.put(params.get(i).name(), positional.get(i));
        }
        for (Value.Named arg : named) {
            String name = arg.name().name();
            if (params.stream().noneMatch(p -> p.name().equals(name))) {
                problems.suggest(
                        Text.of("check.unknown.argument_of", name, owner),
                        name,
                        arg.name().span(),
                        names(),
                        params.isEmpty()
                                ? Text.of("check.takes_no_arguments", owner)
                                : Text.of("check.takes", owner, String.join(", ", names())));
            } else if (given.containsKey(name)) {
                problems.error(arg.name().span(), Text.of("check.argument_twice", name, owner));
            } else {
                given.put(name, arg.value());
            }
        }
        Map<String, Object> values = new HashMap<>();
        for (Param param : params) {
            Value value = given.get(param.name());
            if (value == null) {
                if (param.fallback() == null) {
                    problems.error(where, Text.of("check.needs_value", owner, param.name()));
                } else {
                    values.put(param.name(), param.fallback());
                }
                continue;
            }
            read(param, value, expect).ifPresent(v -> values.put(param.name(), v));
        }
        if (problems.errorCount() > errorsBefore || values.size() < params.size()) {
            return Optional.empty();
        }
        return Optional.of(new Bound(values));
    }

    private Optional<Object> read(Param param, Value value, Expect expect) {
        Text expected =
                switch (param.kind()) {
                    case NUMBER -> Text.of("check.argument.number", param.name(), owner);
                    case WHOLE -> Text.of("check.argument.whole", param.name(), owner);
                    case BOOL -> Text.of("check.argument.bool", param.name(), owner);
                    case WORD -> Text.of("check.argument.word", param.name(), owner);
                    case TEXT -> Text.of("check.argument.text", param.name(), owner);
                };
        switch (param.kind()) {
            case BOOL:
                return expect.bool(value, expected).map(b -> b);
            case WORD:
                return expect.word(value, expected).map(Value.Word::text);
            case TEXT:
                return expect.text(value, expected).map(t -> t);
            case WHOLE: {
                Optional<Integer> whole = expect.count(value, expected, Text.verbatim(param.name()));
                if (whole.isPresent() && inRange(param, whole.get(), value, expect.problems())) {
                    return Optional.of((long) whole.get());
                }
                return Optional.empty();
            }
            default: {
                Optional<Value.Num> num = expect.number(value, expected);
                if (num.isPresent() && inRange(param, num.get().value(), value, expect.problems())) {
                    return Optional.of(num.get().value());
                }
                return Optional.empty();
            }
        }
    }

    private static boolean inRange(Param param, double number, Value value, Problems problems) {
        Text violation = param.range().violation(number, param.name(), value.describe());
        if (violation == null) {
            return true;
        }
        problems.error(value.span(), violation);
        return false;
    }

    private Text tooMany() {
        if (params.isEmpty()) {
            return Text.of("check.takes_no_arguments", owner);
        }
        List<String> names = new ArrayList<>(names());
        return Text.of("check.too_many_values_for", owner, String.join(", ", names));
    }

    /** The values of a call's parameters, by name, defaults filled in. */
    public record Bound(Map<String, Object> values) {
        public Bound {
            values = Map.copyOf(values);
        }

        private Object present(String name) {
            return Objects.requireNonNull(values.get(name), () -> "no value for " + name);
        }

        public double number(String name) {
            return (Double) present(name);
        }

        public long whole(String name) {
            return (Long) present(name);
        }

        public boolean bool(String name) {
            return (Boolean) present(name);
        }

        public @Nullable String word(String name) {
            return (String) values.get(name);
        }

        public @Nullable String text(String name) {
            return (String) values.get(name);
        }
    }
}
