package uk.carerules.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import uk.carerules.allocation.AllocationRequest;
import uk.carerules.eligibility.EligibilityRequest;
import uk.carerules.eligibility.EligibilityResult;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Decisions per second on one thread (so per core), each operation one decision, cycling through the
 * fixed 10,000 generated cases of each kind. Names: {kind}_{a_service | b_java | c_dmn}.
 * The rule engines take a long time to reach their steady speed (Drools and the FEEL interpreter are big for the
 * JIT on two cores: about 40 s, climbing from a few thousand a second), so they are warmed for 8 x 5 s; the
 * hand-written floor is at full speed within a second.
 * Agreement across the engines on every case is checked by {@link Agreement} before this runs (bench/scripts/engine.sh),
 * and again here at set-up on the first cases, so a benchmark of engines that disagree cannot run.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 5)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dlogback.configurationFile=logback-bench.xml"})
@Threads(1)
public class EngineBenchmark {

    @State(Scope.Benchmark)
    public static class CaseSets {
        final List<EligibilityRequest> facs = Cases.facs(Cases.COUNT);
        final List<EligibilityRequest> careAct = Cases.careAct(Cases.COUNT);
        final List<AllocationRequest> ras = Cases.ras(Cases.COUNT);
    }

    @State(Scope.Benchmark)
    public static class Service {
        ServicePath engine;

        @Setup
        public void setUp(CaseSets cases) {
            engine = new ServicePath(ServicePath.rulesDir());
            for (int i = 0; i < 200; i++) {
                same(engine.eligibility(cases.facs.get(i)), HandWritten.eligibility(cases.facs.get(i)));
                same(engine.eligibility(cases.careAct.get(i)), HandWritten.eligibility(cases.careAct.get(i)));
                same(engine.allocation(cases.ras.get(i)), HandWritten.allocation(cases.ras.get(i)));
            }
        }
    }

    @State(Scope.Benchmark)
    public static class Dmn {
        DmnRas engine;

        @Setup
        public void setUp(CaseSets cases) {
            engine = new DmnRas();
            for (int i = 0; i < 200; i++) {
                same(engine.allocation(cases.ras.get(i)), HandWritten.allocation(cases.ras.get(i)));
            }
        }
    }

    /**
     * Each thread walks the cases in order, round and round. It also keeps the benchmark thread's own CPU time
     * per decision in each measured iteration: on a machine shared with other work, wall-clock throughput falls
     * when the thread is descheduled, CPU time per decision hardly does (it leaves out GC and JIT threads).
     * Written, one JSON line per benchmark, to the file named by -Dbench.cpu.out.
     */
    @State(Scope.Thread)
    public static class Cursor {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        int next = -1;
        long ops;
        long cpuStart;
        boolean measuring;
        final List<Double> cpuNanosPerOp = new ArrayList<>();

        int next() {
            ops++;
            next = next + 1 == Cases.COUNT ? 0 : next + 1;
            return next;
        }

        @Setup(Level.Iteration)
        public void begin(IterationParams iteration) {
            measuring = iteration.getType() == IterationType.MEASUREMENT;
            ops = 0;
            cpuStart = THREADS.getCurrentThreadCpuTime();
        }

        @TearDown(Level.Iteration)
        public void end() {
            if (measuring && ops > 0) {
                cpuNanosPerOp.add((THREADS.getCurrentThreadCpuTime() - cpuStart) / (double) ops);
            }
        }

        @TearDown(Level.Trial)
        public void write(BenchmarkParams benchmark) throws IOException {
            String out = System.getProperty("bench.cpu.out");
            if (out == null || cpuNanosPerOp.isEmpty()) {
                return;
            }
            String name = benchmark.getBenchmark().substring(benchmark.getBenchmark().lastIndexOf('.') + 1);
            String line = "{\"name\": \"" + name + "\", \"cpu_ns_per_op\": " + cpuNanosPerOp + "}\n";
            Files.writeString(Path.of(out), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    static void same(Object a, Object b) {
        if (!a.equals(b)) {
            throw new IllegalStateException("The engines disagree: " + a + " against " + b);
        }
    }

    // ---------------------------------------------------------------- FACS 2010

    @Benchmark
    public EligibilityResult facs_a_service(CaseSets cases, Service service, Cursor cursor) {
        return service.engine.eligibility(cases.facs.get(cursor.next()));
    }

    @Benchmark
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public EligibilityResult facs_b_java(CaseSets cases, Cursor cursor) {
        return HandWritten.eligibility(cases.facs.get(cursor.next()));
    }

    // ---------------------------------------------------------------- Care Act 2014 (adults and carers)

    @Benchmark
    public EligibilityResult careAct_a_service(CaseSets cases, Service service, Cursor cursor) {
        return service.engine.eligibility(cases.careAct.get(cursor.next()));
    }

    @Benchmark
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public EligibilityResult careAct_b_java(CaseSets cases, Cursor cursor) {
        return HandWritten.eligibility(cases.careAct.get(cursor.next()));
    }

    // ---------------------------------------------------------------- RAS points and prices

    @Benchmark
    public Ras ras_a_service(CaseSets cases, Service service, Cursor cursor) {
        return service.engine.allocation(cases.ras.get(cursor.next()));
    }

    @Benchmark
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Ras ras_b_java(CaseSets cases, Cursor cursor) {
        return HandWritten.allocation(cases.ras.get(cursor.next()));
    }

    @Benchmark
    public Ras ras_c_dmn(CaseSets cases, Dmn dmn, Cursor cursor) {
        return dmn.engine.allocation(cases.ras.get(cursor.next()));
    }
}
