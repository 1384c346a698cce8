package uk.carerules.policy;

import uk.carerules.eligibility.ClientGroup;
import uk.carerules.web.BadRequestException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sample cases as CSV: a header line, then one case a line. Columns caseRef, clientGroup, weeklyCost and
 * either points or one column per questionnaire domain holding the answer code. Simple CSV: no quoted commas.
 */
public final class SampleCasesCsv {

    private SampleCasesCsv() {
    }

    public static List<CalibrationRequest.SampleCase> read(List<String> lines) {
        List<String> rows = lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        if (rows.isEmpty()) {
            throw BadRequestException.field("cases", "the CSV has no header line");
        }
        List<String> header = Arrays.stream(rows.get(0).split(",")).map(String::trim).toList();
        for (String required : List.of("caseRef", "weeklyCost")) {
            if (!header.contains(required)) {
                throw BadRequestException.field("cases", "the CSV header must name " + required);
            }
        }
        List<CalibrationRequest.SampleCase> cases = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            String[] cells = rows.get(i).split(",", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size() && c < cells.length; c++) {
                row.put(header.get(c), cells[c].trim());
            }
            Map<String, String> answers = new LinkedHashMap<>();
            row.forEach((k, v) -> {
                if (!List.of("caseRef", "clientGroup", "points", "weeklyCost").contains(k) && !v.isEmpty()) {
                    answers.put(k, v);
                }
            });
            try {
                String group = row.getOrDefault("clientGroup", "");
                String points = row.getOrDefault("points", "");
                cases.add(new CalibrationRequest.SampleCase(row.get("caseRef"), group.isEmpty() ? null : ClientGroup.valueOf(group),
                    points.isEmpty() ? null : Integer.valueOf(points), answers.isEmpty() ? null : answers, new BigDecimal(row.get("weeklyCost"))));
            } catch (RuntimeException e) {
                throw BadRequestException.field("cases", "line " + (i + 1) + " cannot be read: " + e.getMessage());
            }
        }
        return cases;
    }
}
