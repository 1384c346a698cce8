package uk.carerules.bench;

import uk.carerules.allocation.AllocationRequest;
import uk.carerules.eligibility.EligibilityRequest;
import uk.carerules.eligibility.EligibilityResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Runs every generated case through every engine and checks they agree: eligibility (a) against (b) on
 * regime, band, threshold, eligible and outcomes not achieved; the RAS (a), (b) and (c) on points, weekly
 * and annual amounts and panel. Exits 1, listing the first disagreements, if any case differs, so the
 * benchmark script stops before timing engines that do not decide the same.
 */
public final class Agreement {

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : Cases.COUNT;
        Path out = args.length > 1 ? Path.of(args[1]) : null;
        long started = System.nanoTime();
        ServicePath a = new ServicePath(ServicePath.rulesDir());
        DmnRas c = new DmnRas();
        List<String> problems = new ArrayList<>();
        Map<String, Integer> mix = new TreeMap<>();

        List<EligibilityRequest> facs = Cases.facs(count);
        List<EligibilityRequest> careAct = Cases.careAct(count);
        List<AllocationRequest> ras = Cases.ras(count);
        check("FACS", facs, a::eligibility, HandWritten::eligibility, null, problems, mix, Agreement::describe);
        check("Care Act", careAct, a::eligibility, HandWritten::eligibility, null, problems, mix, Agreement::describe);
        check("RAS", ras, a::allocation, HandWritten::allocation, c::allocation, problems, mix, Agreement::describe);

        String summary = String.format("%d FACS, %d Care Act and %d RAS cases (seed %d): %s. The cases: %s",
            facs.size(), careAct.size(), ras.size(), Cases.SEED,
            problems.isEmpty() ? "(a), (b) and (c) agree on every case" : problems.size() + " DISAGREEMENTS",
            String.join("; ", mix.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
        System.out.println(summary);
        System.out.printf("checked in %.1f s%n", (System.nanoTime() - started) / 1e9);
        if (out != null) {
            Files.writeString(out, "{\"cases\": " + count + ", \"seed\": " + Cases.SEED + ", \"disagreements\": " + problems.size()
                + ", \"summary\": \"" + summary.replace("\"", "'") + "\"}\n");
        }
        if (!problems.isEmpty()) {
            System.err.println("THE ENGINES DISAGREE. First disagreements:");
            problems.stream().limit(20).forEach(p -> System.err.println("  " + p));
            System.err.println("(b) is bench/src/main/java/uk/carerules/bench/HandWritten.java, (c) is bench/src/main/resources/ras.dmn "
                + "(bench/tools/make_ras_dmn.py): bring them in line with rules/ before timing anything.");
            System.exit(1);
        }
    }

    private static <I, O> void check(String kind, List<I> cases, Function<I, O> a, Function<I, O> b, Function<I, O> c,
                                     List<String> problems, Map<String, Integer> mix, Function<O, String> describe) {
        for (I input : cases) {
            O ra = a.apply(input);
            O rb = b.apply(input);
            if (!ra.equals(rb)) {
                problems.add(kind + " " + input + ": (a) service " + ra + " but (b) hand-written " + rb);
            }
            if (c != null) {
                O rc = c.apply(input);
                if (!ra.equals(rc)) {
                    problems.add(kind + " " + input + ": (a) service " + ra + " but (c) DMN " + rc);
                }
            }
            mix.merge(kind + " " + describe.apply(ra), 1, Integer::sum);
        }
    }

    private static String describe(Object result) {
        if (result instanceof EligibilityResult e) {
            return (e.band() != null ? e.band() + ", " : e.regime() == uk.carerules.eligibility.Regime.CARE_ACT_2014_CARER ? "carer, " : "adult, ")
                + (e.eligible() ? "eligible" : "not eligible");
        }
        Ras r = (Ras) result;
        return r.panel() ? "to panel" : "no panel";
    }
}
