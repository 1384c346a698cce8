package uk.carerules.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads query parameters, collecting every bad one so the client hears about all of them in one 400. */
public final class QueryParameters {

    private final List<FieldError> errors = new ArrayList<>();

    public LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "'" + cut(value) + "' is not a date YYYY-MM-DD"));
            return null;
        }
    }

    public <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(name, "'" + cut(value) + "' is not allowed; allowed: " + StrictJson.allowed(type)));
            return null;
        }
    }

    public String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 200) {
            errors.add(new FieldError(name, "is longer than 200 characters"));
            return null;
        }
        return value;
    }

    public int integer(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                errors.add(new FieldError(name, "must be between " + min + " and " + max));
                return fallback;
            }
            return n;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "'" + cut(value) + "' is not a whole number"));
            return fallback;
        }
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new BadRequestException("Bad query parameters: " + String.join(", ", errors.stream().map(FieldError::field).toList()), errors);
        }
    }

    private static String cut(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
