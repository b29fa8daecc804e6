package uk.openband.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import uk.openband.finance.export.CsvExportWriter;
import uk.openband.finance.export.ExportResult;
import uk.openband.finance.export.ExportRow;
import uk.openband.finance.export.ExportWriter;
import uk.openband.finance.export.XlsxExportWriter;
import uk.openband.agreements.schedule.FinancialYear;
import uk.openband.agreements.schedule.FundingTerms;
import uk.openband.agreements.schedule.PaymentMethod;
import uk.openband.agreements.schedule.PaymentScheduler;
import uk.openband.agreements.schedule.ScheduleLine;

/**
 * Not JMH: one pass per format, as an export runs. Generates {@code agreements} funding
 * agreements (fixed seed), works out each one's monthly schedule for financial year
 * 2025-26 as it goes, and streams the lines to a CSV and then an XLSX file (and, first,
 * to nothing, to show what making the rows costs). Reports the
 * time, rows, file size and the heap: used after a full GC before the run, and the peak
 * of the heap pools during it (peaks reset before each run).
 *
 * <p>Run: {@code java -Xmx256m -cp target/benchmarks.jar uk.openband.bench.FinanceExportBenchmark [agreements] [runs]}
 */
public final class FinanceExportBenchmark {

    private static final FinancialYear YEAR = new FinancialYear(2025);
    private static final String[] BANDS = {"Band 1", "Band 2", "Band 3", "Band 4", "Band 5"};
    private static final BigDecimal[] AMOUNTS = {new BigDecimal("2500.00"), new BigDecimal("5300.00"),
        new BigDecimal("8750.00"), new BigDecimal("12400.00"), new BigDecimal("18925.50")};

    private FinanceExportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int agreements = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        System.out.printf("agreements: %,d, max heap: %d MB, %s %s%n", agreements,
                Runtime.getRuntime().maxMemory() / (1024 * 1024), System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        for (int run = 1; run <= runs; run++) {
            measure("rows", new RowsOnly(), agreements, run);
            measure("csv ", new CsvExportWriter(), agreements, run);
            measure("xlsx", new XlsxExportWriter(), agreements, run);
        }
    }

    private static void measure(String label, ExportWriter writer, int agreements, int run) throws IOException {
        Path file = Files.createTempFile("finance-export", "." + writer.extension());
        try {
            System.gc();
            long before = heapUsed();
            List<MemoryPoolMXBean> pools = heapPools();
            pools.forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            ExportResult result;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
                    Stream<ExportRow> rows = rows(agreements)) {
                result = writer.write(rows, out);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf("run %d %s: %,d rows in %.2f s (%,.0f rows/s), %,d KB, control total %s, "
                    + "heap before %d MB, peak %d MB, growth %d MB, sha256 %s%n", run, label, result.rowCount(),
                    seconds, result.rowCount() / seconds, Files.size(file) / 1024, result.controlTotal(),
                    mb(before), mb(peak), mb(peak - before), result.sha256().substring(0, 12));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Payment lines of the year for generated agreements, made as the writer asks for them. */
    static Stream<ExportRow> rows(int agreements) {
        PaymentScheduler scheduler = new PaymentScheduler(PaymentMethod.monthly());
        return IntStream.range(0, agreements).boxed().flatMap(i -> {
            SplittableRandom random = new SplittableRandom(i);
            int band = random.nextInt(BANDS.length);
            // most agreements run all year; some start or end part-way, a few are backdated
            LocalDate start = random.nextInt(4) == 0 ? YEAR.start().plusDays(random.nextInt(300)) : YEAR.start();
            LocalDate end = random.nextInt(6) == 0 ? start.plusDays(random.nextInt(200)) : YEAR.end();
            LocalDate decided = random.nextInt(10) == 0 ? start.plusDays(random.nextInt(60)) : null;
            FundingTerms terms = new FundingTerms(start, end, AMOUNTS[band], null, RoundingMode.HALF_UP, decided);
            int setting = random.nextInt(400);
            String urn = String.valueOf(100_000 + setting);
            String laestab = String.valueOf(8_812_000 + setting);
            return scheduler.schedule(terms, YEAR.end()).lines().stream()
                    .map(line -> row(i, band, setting, urn, laestab, line, terms));
        });
    }

    private static ExportRow row(int i, int band, int setting, String urn, String laestab, ScheduleLine line,
            FundingTerms terms) {
        return new ExportRow(String.format("A%012d", i), "Pupil " + i, urn, laestab, "Setting " + setting,
                BANDS[band], terms.annualAmount(), line.from(), line.to(), line.amount(),
                setting % 3 == 0 ? "HN-SPECIAL" : "HN-MAINSTREAM", "5101", "AGR-" + i, "DEC-" + i);
    }

    /** Makes the rows (schedules included) and writes nothing: the cost the writers add to. */
    private static final class RowsOnly implements ExportWriter {
        @Override
        public ExportResult write(java.util.Iterator<ExportRow> rows, OutputStream out) {
            long count = 0;
            BigDecimal total = BigDecimal.ZERO.setScale(2);
            while (rows.hasNext()) {
                total = total.add(rows.next().amount());
                count++;
            }
            return new ExportResult(count, total, "-".repeat(64));
        }

        @Override
        public String contentType() {
            return "none";
        }

        @Override
        public String extension() {
            return "none";
        }
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }
}
