package uk.carerules.hostile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Hostile request bodies that can never be valid: each is a valid body with one to three changes, on unrelated paths,
 * of kinds that each make any body invalid on their own (an unknown field, a value of the wrong JSON type, a required
 * value removed or null, an unknown enumeration value, an absurd date, a number out of every range or not JSON at
 * all, nesting past the limit, a string past the limit, a NUL character in any text, an empty string where text is
 * required); or random JSON
 * with at least one unknown field; or malformed JSON.
 */
final class Bodies {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final String RAW = "@@raw@@";

    static final List<String> ABSURD_DATES = List.of("0000-01-01", "9999-12-31", "2015-02-30", "2015-02-29", "2015-13-01", "2015-00-10",
        "1899-12-31", "2100-01-01", "+10000-01-01", "-0001-06-01", "01/02/2015", "2015-1-1", "2015-01-01T00:00:00Z", "", " ", "today",
        "2015-04-01\n", "２０１５-０４-０１");
    /** Out of every range of every number field here (money, quantities, points, bands, percentages). */
    static final List<String> ABSURD_NUMBERS = List.of("-1", "-0.01", "-1e400", "1e400", "99999999999999999999999999999999999999",
        "1e10", "-99999999999999999999999999999999999999", "1e2147483647", "-1e2147483647", "1E+999999999");
    /** Not JSON numbers at all. */
    static final List<String> NOT_NUMBERS = List.of("NaN", "Infinity", "-Infinity", "01", "+1", ".5", "1.", "0x10", "1e", "--1", "1_000");
    static final List<String> ODD_KEYS = List.of("", " ", "personref", "PersonRef", "personRef ", "__proto__", "constructor", "$where",
        "principal", "decidedBy", "user", "id", "seq", "recordHash", "x".repeat(1000), "名前", "\u0000", "a.b", "lines[0]");

    private final Random random;
    private final List<String> raw = new ArrayList<>();

    Bodies(Random random) {
        this.random = random;
    }

    /** A valid body for the endpoint (never sent as it is). */
    static ObjectNode base(Endpoint endpoint, int which, String eligibilityId) {
        try {
            return (ObjectNode) JSON.readTree(endpoint.bases.get(which % endpoint.bases.size()).replace("{eligibility}", eligibilityId));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A valid body with one to three changes, each on its own of a kind that makes it invalid; {@code what} says which. */
    String mutated(Endpoint endpoint, String eligibilityId, List<String> what) {
        ObjectNode body = base(endpoint, random.nextInt(endpoint.bases.size()), eligibilityId);
        List<String> touched = new ArrayList<>();
        int changes = 1 + random.nextInt(3);
        for (int attempt = 0; touched.size() < changes && attempt < 50; attempt++) {
            String change = mutate(endpoint, body, touched);
            if (change != null) {
                what.add(change);
            }
        }
        return write(body);
    }

    private String mutate(Endpoint endpoint, ObjectNode body, List<String> touched) {
        switch (random.nextInt(12)) {
            case 0 -> {
                List<String> objects = new ArrayList<>(paths(body, JsonNode::isObject));
                objects.add("");
                String at = pick(objects);
                String key = random.nextInt(3) == 0 ? pick(ODD_KEYS) : "x" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
                JsonNode parent = at.isEmpty() ? body : get(body, at);
                if (parent.has(key) || !free(touched, join(at, key))) {
                    return null;
                }
                ((ObjectNode) parent).set(key, randomJson(2));
                touched.add(join(at, key));
                return "unknown field " + join(at, key);
            }
            case 1 -> {
                String at = pick(paths(body, n -> true));
                if (at == null || !free(touched, at)) {
                    return null;
                }
                JsonNode before = get(body, at);
                JsonNode after = otherType(before);
                set(body, at, after);
                touched.add(at);
                return "wrong type at " + at + ": " + before.getNodeType() + " -> " + after.getNodeType();
            }
            case 2, 3 -> {
                String at = pick(present(body, endpoint.required));
                if (at == null || !free(touched, at)) {
                    return null;
                }
                touched.add(at);
                if (random.nextBoolean()) {
                    remove(body, at);
                    return "required " + at + " removed";
                }
                set(body, at, NODES.nullNode());
                return "required " + at + " null";
            }
            case 4 -> {
                String at = pick(present(body, endpoint.enums));
                if (at == null || !free(touched, at)) {
                    return null;
                }
                String was = get(body, at).asText();
                List<String> bad = new ArrayList<>(List.of("", " ", "UNKNOWN_VALUE", "Z", "ZZ", "null", "\u0000", was + "_X", was + " ", " " + was));
                if (was.length() > 1) {
                    bad.add(was.toLowerCase());
                }
                String value = pick(bad);
                set(body, at, NODES.textNode(value));
                touched.add(at);
                return "unknown value at " + at + ": '" + value + "'";
            }
            case 5 -> {
                String at = pick(present(body, endpoint.dates));
                if (at == null || !free(touched, at)) {
                    return null;
                }
                String value = pick(ABSURD_DATES);
                set(body, at, NODES.textNode(value));
                touched.add(at);
                return "absurd date at " + at + ": '" + value + "'";
            }
            case 6, 7 -> {
                String at = pick(endpoint.numbers.stream().filter(p -> parentPresent(body, p)).toList());
                if (at == null || !free(touched, at)) {
                    return null;
                }
                String token = random.nextInt(3) == 0 ? pick(NOT_NUMBERS) : pick(ABSURD_NUMBERS);
                set(body, at, raw(token));
                touched.add(at);
                return "number at " + at + ": " + token;
            }
            case 8 -> {
                String at = pick(paths(body, n -> true));
                if (at == null || !free(touched, at)) {
                    return null;
                }
                int depth = 1 + random.nextInt(random.nextBoolean() ? 70 : 3000);
                String open = random.nextBoolean() ? "[" : "{\"a\":";
                String close = open.equals("[") ? "]" : "}";
                set(body, at, raw(open.repeat(depth) + "1" + close.repeat(depth)));
                touched.add(at);
                return "nested " + depth + " deep at " + at;
            }
            case 9 -> {
                String at = pick(paths(body, JsonNode::isTextual));
                if (at == null || !free(touched, at)) {
                    return null;
                }
                int length = 200_001 + random.nextInt(300_000);
                set(body, at, NODES.textNode(String.valueOf((char) ('a' + random.nextInt(26))).repeat(length)));
                touched.add(at);
                return length + " characters at " + at;
            }
            case 10 -> {
                String at = pick(paths(body, JsonNode::isTextual));
                if (at == null || !free(touched, at)) {
                    return null;
                }
                String was = get(body, at).asText();
                int cut = random.nextInt(was.length() + 1);
                set(body, at, NODES.textNode(was.substring(0, cut) + "\u0000" + was.substring(cut)));
                touched.add(at);
                return "NUL character in " + at;
            }
            default -> {
                List<String> texts = new ArrayList<>(present(body, endpoint.required));
                texts.addAll(present(body, endpoint.enums));
                texts.addAll(present(body, endpoint.dates));
                String at = pick(texts.stream().filter(p -> get(body, p).isTextual()).toList());
                if (at == null || !free(touched, at)) {
                    return null;
                }
                String value = random.nextBoolean() ? "" : " \t ";
                set(body, at, NODES.textNode(value));
                touched.add(at);
                return "blank at " + at;
            }
        }
    }

    /** Random JSON: a non-object at the top, or an object with at least one field no endpoint knows. */
    String randomBody(Endpoint endpoint, String eligibilityId) {
        if (random.nextInt(5) == 0) {
            JsonNode top = switch (random.nextInt(6)) {
                case 0 -> NODES.arrayNode().add(base(endpoint, 0, eligibilityId));
                case 1 -> NODES.textNode(write(base(endpoint, 0, eligibilityId)));
                case 2 -> NODES.nullNode();
                default -> randomJson(3);
            };
            return top.isObject() ? write(((ObjectNode) top).put("zz" + random.nextInt(1000), 1)) : write(top);
        }
        ObjectNode body = NODES.objectNode();
        List<String> vocabulary = new ArrayList<>(fieldNames(base(endpoint, random.nextInt(endpoint.bases.size()), eligibilityId)));
        int fields = random.nextInt(8);
        for (int i = 0; i < fields; i++) {
            body.set(pick(vocabulary), randomJson(3));
        }
        body.set("unknown" + random.nextInt(1_000_000), randomJson(2));
        return write(body);
    }

    /** Not JSON: a valid body cut short, with something after it, with a duplicate key, or with its syntax broken. */
    String malformed(Endpoint endpoint, String eligibilityId) {
        String valid = write(base(endpoint, random.nextInt(endpoint.bases.size()), eligibilityId));
        return switch (random.nextInt(8)) {
            case 0, 1 -> valid.substring(0, 1 + random.nextInt(valid.length() - 1));
            case 2 -> valid + pick(List.of("x", "}", ",", "{}", "[]", "null", "\"", " 1", valid));
            case 3 -> valid.replaceFirst(":", pick(List.of("=", " ", "::", "")));
            case 4 -> valid.substring(0, valid.length() - 1) + ",}";
            case 5 -> "{" + valid.substring(1, valid.indexOf(',')) + "," + valid.substring(1);  // the first field twice
            case 6 -> valid.replace('"', '\'');
            default -> pick(List.of("{", "}", "[", "nul", "tru", "{\"a\":}", "{,}", "{\"a\" 1}", "/* */ {}", "{} // x", "\"", "{\"a\":\"\\x\"}",
                "{\"a\":\"\\u12\"}", "\u0000", "{\"personRef\":\"P\u0000"));
        };
    }

    /** Any JSON value, at most {@code depth} deep. */
    JsonNode randomJson(int depth) {
        int kind = random.nextInt(depth <= 0 ? 5 : 7);
        return switch (kind) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(new BigDecimal(pick(List.of("0", "-1", "1.5", "1e300", "-1e-300", "123456789012345678901234567890",
                "0.000001", "42", "2147483648", "-0"))));
            case 3 -> NODES.textNode(pick(List.of("", " ", "DIRECT_PAYMENT", "2015-02-30", "A", "null", "<script>", "' OR 1=1 --",
                "Robert'); DROP TABLE decision;--", "\u202e", "😀", "\\", "\"", "x".repeat(random.nextInt(300)))));
            case 4 -> NODES.textNode(Long.toString(random.nextLong(), 36));
            case 5 -> {
                ArrayNode a = NODES.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    a.add(randomJson(depth - 1));
                }
                yield a;
            }
            default -> {
                ObjectNode o = NODES.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    o.set(pick(List.of("a", "personRef", "lines", "decision", "cases", "outcomes", Integer.toString(i))), randomJson(depth - 1));
                }
                yield o;
            }
        };
    }

    // ------------------------------------------------------------------ paths in a tree

    private JsonNode otherType(JsonNode node) {
        List<JsonNode> others = new ArrayList<>();
        if (!node.isTextual()) {
            others.add(NODES.textNode(node.isValueNode() ? node.asText() : "x"));
        }
        if (!node.isNumber()) {
            others.add(NODES.numberNode(random.nextInt(100)));
        }
        if (!node.isBoolean()) {
            others.add(NODES.booleanNode(random.nextBoolean()));
        }
        if (!node.isArray()) {
            others.add(random.nextBoolean() ? NODES.arrayNode() : NODES.arrayNode().add(node.deepCopy()));
        }
        if (!node.isObject()) {
            others.add(random.nextBoolean() ? NODES.objectNode() : NODES.objectNode().set("value", node.deepCopy()));
        }
        return pick(others);
    }

    private JsonNode raw(String token) {
        raw.add(token);
        return NODES.textNode(RAW + (raw.size() - 1));
    }

    private String write(JsonNode node) {
        try {
            String text = JSON.writeValueAsString(node);
            for (int i = raw.size() - 1; i >= 0; i--) {
                text = text.replace("\"" + RAW + i + "\"", raw.get(i));
            }
            raw.clear();
            return text;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean free(List<String> touched, String path) {
        return touched.stream().noneMatch(t -> t.equals(path) || path.startsWith(t + ".") || path.startsWith(t + "[")
            || t.startsWith(path + ".") || t.startsWith(path + "["));
    }

    private static List<String> present(JsonNode body, List<String> paths) {
        return paths.stream().filter(p -> get(body, p) != null && !get(body, p).isNull()).toList();
    }

    private static boolean parentPresent(JsonNode body, String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 || get(body, path.substring(0, cut)) != null;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Every path under {@code node} (not the root itself) whose node passes {@code test}. */
    private static List<String> paths(JsonNode node, java.util.function.Predicate<JsonNode> test) {
        List<String> found = new ArrayList<>();
        collect(node, "", test, found);
        return found;
    }

    private static void collect(JsonNode node, String path, java.util.function.Predicate<JsonNode> test, List<String> found) {
        if (!path.isEmpty() && test.test(node)) {
            found.add(path);
        }
        if (node.isObject()) {
            // A key the path syntax cannot name (an odd key added by an earlier change: "a.b", "lines[0]", "") is not
            // a place to make the next change; without this, get() found nothing there and the generator failed.
            node.fields().forEachRemaining(e -> {
                if (addressable(e.getKey())) {
                    collect(e.getValue(), join(path, e.getKey()), test, found);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", test, found);
            }
        }
    }

    private static boolean addressable(String key) {
        return !key.isEmpty() && key.indexOf('.') < 0 && key.indexOf('[') < 0;
    }

    private static String join(String prefix, String key) {
        return prefix.isEmpty() ? key : prefix + "." + key;
    }

    private static List<String> steps(String path) {
        List<String> steps = new ArrayList<>();
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            if (bracket < 0) {
                steps.add(part);
            } else {
                if (bracket > 0) {
                    steps.add(part.substring(0, bracket));
                }
                for (String index : part.substring(bracket + 1, part.length() - 1).split("]\\[")) {
                    steps.add("[" + index);
                }
            }
        }
        return steps;
    }

    static JsonNode get(JsonNode root, String path) {
        JsonNode node = root;
        for (String step : steps(path)) {
            if (node == null) {
                return null;
            }
            node = step.startsWith("[") ? node.get(Integer.parseInt(step.substring(1))) : node.get(step);
        }
        return node;
    }

    private static void set(JsonNode root, String path, JsonNode value) {
        List<String> steps = steps(path);
        JsonNode parent = steps.size() == 1 ? root : get(root, path.substring(0, lastCut(path)));
        String last = steps.get(steps.size() - 1);
        if (last.startsWith("[")) {
            ((ArrayNode) parent).set(Integer.parseInt(last.substring(1)), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    private static void remove(JsonNode root, String path) {
        List<String> steps = steps(path);
        JsonNode parent = steps.size() == 1 ? root : get(root, path.substring(0, lastCut(path)));
        String last = steps.get(steps.size() - 1);
        if (last.startsWith("[")) {
            ((ArrayNode) parent).remove(Integer.parseInt(last.substring(1)));
        } else {
            ((ObjectNode) parent).remove(last);
        }
    }

    private static int lastCut(String path) {
        return Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    }

    <T> T pick(List<T> from) {
        return from.isEmpty() ? null : from.get(random.nextInt(from.size()));
    }
}
