package uk.carerules.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.inject.Singleton;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a request body into a request record strictly, collecting every problem with the path of the
 * field it concerns: malformed JSON, unknown fields (with the allowed names), wrong types, unknown
 * enum values (with the allowed values), impossible dates; then the record's validation annotations.
 * Anything wrong is one {@link BadRequestException}, so the client learns all of it at once.
 */
@Singleton
public class StrictJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        // money keeps its pennies: 96.00 stays 96.00, never 96
        .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(64).maxStringLength(200_000).maxNumberLength(40).build());
    }

    static final String NUL = "must not contain the NUL character (U+0000)";

    private final Validator validator;

    public StrictJson(Validator validator) {
        this.validator = validator;
    }

    public <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw new BadRequestException("The request body is empty", List.of(new FieldError("body", "a JSON object is required")));
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(body);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new BadRequestException("The request body is not well-formed JSON" + where,
                List.of(new FieldError("body", "malformed JSON" + where + ": " + plain(e.getOriginalMessage()))));
        } catch (NumberFormatException | ArithmeticException e) {
            // Jackson reads numbers as it parses: an exponent BigDecimal cannot hold (1e2147483648) is not a JacksonException
            throw new BadRequestException("The request body holds a number out of range",
                List.of(new FieldError("body", "a number is out of range")));
        }
        return bind(tree, type);
    }

    /** Jackson's description of what is malformed, without its internals (class names, parser features and switches). */
    static String plain(String message) {
        if (message == null) {
            return "unreadable";
        }
        return message
            .replaceAll(" \\(bound as `[^`]*`\\)", "")
            .replaceAll(": not allowed as per `[^`]*`", "")
            .replaceAll(": enable `[^`]*` to allow", "")
            .replaceAll(", from `[^`]*`", "")
            .replaceAll(" \\(not recognized as one since Feature '[^']*' not enabled for parser\\)", "")
            .replaceAll(" ?\\(start marker at \\[Source:[^\\]]*\\]\\)", "")
            .replaceAll("\\[Source:[^\\]]*\\]", "")
            .replaceAll("`[^`]*`", "")
            .strip();
    }

    public <T> T bind(JsonNode tree, Class<T> type) {
        List<FieldError> errors = new ArrayList<>();
        if (tree == null || tree.isNull() || tree.isMissingNode()) {
            // a body of JSON null would otherwise reach the validator as null and fail as a 500
            throw new BadRequestException("The request has 1 bad field: body", List.of(new FieldError("body", "must be an object, not null")));
        }
        Object value = convert(tree, type, "", errors);
        if (errors.isEmpty()) {
            for (ConstraintViolation<Object> v : validator.validate(value)) {
                errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field));
            throw new BadRequestException("The request has " + errors.size() + " bad field" + (errors.size() == 1 ? "" : "s") + ": "
                + errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", ")), errors);
        }
        return type.cast(value);
    }

    private Object convert(JsonNode node, Type type, String path, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        Class<?> raw = raw(type);
        if (raw.isRecord()) {
            return record(node, raw, path, errors);
        }
        if (raw == String.class) {
            if (!node.isTextual()) {
                return wrong(path, "a string", node, errors);
            }
            if (node.textValue().indexOf('\u0000') >= 0) {
                // never meaningful in text, and PostgreSQL refuses it in a query parameter (a 500 from a lookup by id)
                errors.add(new FieldError(path, NUL));
                return null;
            }
            return node.textValue();
        }
        if (raw == Boolean.class || raw == boolean.class) {
            if (!node.isBoolean()) {
                return wrong(path, "true or false", node, errors);
            }
            return node.booleanValue();
        }
        if (raw == Integer.class || raw == int.class) {
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                return wrong(path, "a whole number", node, errors);
            }
            return node.intValue();
        }
        if (raw == BigDecimal.class) {
            if (!node.isNumber()) {
                return wrong(path, "a number", node, errors);
            }
            return node.decimalValue();
        }
        if (raw == LocalDate.class) {
            if (!node.isTextual()) {
                return wrong(path, "a date YYYY-MM-DD", node, errors);
            }
            try {
                return LocalDate.parse(node.textValue());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(path, "'" + abbreviate(node.textValue()) + "' is not a date YYYY-MM-DD"));
                return null;
            }
        }
        if (raw.isEnum()) {
            return enumValue(node, raw, path, errors);
        }
        if (Map.class.isAssignableFrom(raw)) {
            return map(node, (ParameterizedType) type, path, errors);
        }
        if (List.class.isAssignableFrom(raw)) {
            if (!node.isArray()) {
                return wrong(path, "a list", node, errors);
            }
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                list.add(convert(node.get(i), element, path + "[" + i + "]", errors));
            }
            return list;
        }
        throw new IllegalStateException("No reading for " + type);
    }

    private Object record(JsonNode node, Class<?> type, String path, List<FieldError> errors) {
        if (!node.isObject()) {
            return wrong(path.isEmpty() ? "body" : path, "an object", node, errors);
        }
        RecordComponent[] components = type.getRecordComponents();
        List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
        Iterator<String> fields = node.fieldNames();
        while (fields.hasNext()) {
            String name = fields.next();
            if (!names.contains(name)) {
                errors.add(new FieldError(join(path, name), "unknown field; allowed: " + String.join(", ", names)));
            }
        }
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            args[i] = convert(node.get(c.getName()), c.getGenericType(), join(path, c.getName()), errors);
            if (args[i] == null && c.getType().isPrimitive()) {
                args[i] = c.getType() == boolean.class ? Boolean.FALSE : 0;
            }
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getSimpleName(), e);
        }
    }

    private Object map(JsonNode node, ParameterizedType type, String path, List<FieldError> errors) {
        if (!node.isObject()) {
            return wrong(path, "an object", node, errors);
        }
        Class<?> keyType = raw(type.getActualTypeArguments()[0]);
        Type valueType = type.getActualTypeArguments()[1];
        Map<Object, Object> map = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> entries = node.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> e = entries.next();
            if (e.getKey().indexOf('\u0000') >= 0) {
                errors.add(new FieldError(path, "a key " + NUL));
                continue;
            }
            String entryPath = join(path, e.getKey());
            Object key = e.getKey();
            if (keyType.isEnum()) {
                key = enumConstant(keyType, e.getKey());
                if (key == null) {
                    errors.add(new FieldError(entryPath, "unknown key '" + abbreviate(e.getKey()) + "'; allowed: " + allowed(keyType)));
                    continue;
                }
            }
            Object value = convert(e.getValue(), valueType, entryPath, errors);
            if (e.getValue().isNull()) {
                errors.add(new FieldError(entryPath, "must not be null"));
            }
            map.put(key, value);
        }
        return map;
    }

    private Object enumValue(JsonNode node, Class<?> type, String path, List<FieldError> errors) {
        if (!node.isTextual()) {
            return wrong(path, "one of " + allowed(type), node, errors);
        }
        Object constant = enumConstant(type, node.textValue());
        if (constant == null) {
            errors.add(new FieldError(path, "'" + abbreviate(node.textValue()) + "' is not allowed; allowed: " + allowed(type)));
        }
        return constant;
    }

    private static Object enumConstant(Class<?> type, String name) {
        for (Object c : type.getEnumConstants()) {
            if (((Enum<?>) c).name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    public static String allowed(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
    }

    private static Object wrong(String path, String expected, JsonNode node, List<FieldError> errors) {
        errors.add(new FieldError(path, "must be " + expected + ", not " + describe(node)));
        return null;
    }

    private static String describe(JsonNode node) {
        if (node.isTextual()) {
            return "the string '" + abbreviate(node.textValue()) + "'";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "a list";
        }
        return abbreviate(node.toString());
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return (Class<?>) ((ParameterizedType) type).getRawType();
    }
}
