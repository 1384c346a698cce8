package uk.carerules.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Field-by-field comparison of two JSON trees, naming each differing field by its path. */
final class JsonDiff {

    record Change(String path, JsonNode stored, JsonNode replayed) {
    }

    private JsonDiff() {
    }

    static List<Change> compare(String root, JsonNode stored, JsonNode replayed) {
        List<Change> changes = new ArrayList<>();
        walk(root, stored, replayed, changes);
        return changes;
    }

    private static void walk(String path, JsonNode a, JsonNode b, List<Change> out) {
        if (a == null || b == null || a.getNodeType() != b.getNodeType()) {
            if (!(a == null && b == null)) {
                out.add(new Change(path, a, b));
            }
            return;
        }
        if (a.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                walk(path + "." + name, a.get(name), b.get(name), out);
            }
        } else if (a.isArray()) {
            int n = Math.max(a.size(), b.size());
            for (int i = 0; i < n; i++) {
                walk(path + "[" + i + "]", a.get(i), b.get(i), out);
            }
        } else if (a.isNumber()) {
            if (a.decimalValue().compareTo(b.decimalValue()) != 0 || a.decimalValue().scale() != b.decimalValue().scale()) {
                out.add(new Change(path, a, b));
            }
        } else if (!a.equals(b)) {
            out.add(new Change(path, a, b));
        }
    }

}
