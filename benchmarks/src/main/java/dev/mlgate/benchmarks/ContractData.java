package dev.mlgate.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes the seeded 20-column CSV the contract and drift benchmarks read: mixed types (long ids,
 * doubles, ints, strings, an enum, dates, date-times, booleans), a few percent nulls in the nullable
 * columns and a small, known share of violations, so some constraints fail as they would on real data.
 *
 * <p>The same rows, seed and variant always give the same bytes. {@link Variant#SHIFTED} is the
 * "current" file of the drift benchmark: the same columns with five of them moved (age, income,
 * country, clicks, churned).
 */
public final class ContractData {

    /** Rows of the benchmark files. */
    public static final long ROWS = 1_000_000;
    /** Seed of the contract benchmark's file and of the drift benchmark's reference. */
    public static final long SEED = 20_260_101L;
    /** Seed of the drift benchmark's current file. */
    public static final long CURRENT_SEED = 20_260_102L;
    /** The run's {@code mlgate.today}, so that "not in the future" gives the same verdict on any day. */
    public static final String TODAY = "2026-01-01";

    /** The header: twenty columns. */
    public static final String HEADER = "id,customer_id,age,income,score,balance,country,segment,email,name,"
            + "signup,active,clicks,region,tenure_days,rating,updated_at,device,discount,churned";

    /** Which distribution the rows are drawn from. */
    public enum Variant {
        /** The contract benchmark's data, and the drift benchmark's reference. */
        REFERENCE,
        /** The drift benchmark's current data: age +5, income x1.3, other country shares, more clicks and churn. */
        SHIFTED
    }

    private static final String[] COUNTRIES = {"DE", "FR", "US", "GB", "ES", "IT"};
    private static final double[] COUNTRY_SHARES = {0.30, 0.20, 0.25, 0.10, 0.08, 0.07};
    private static final double[] SHIFTED_COUNTRY_SHARES = {0.15, 0.15, 0.45, 0.10, 0.08, 0.07};
    private static final String[] SEGMENTS = {"A", "B", "C", "D"};
    private static final long SIGNUP_START = LocalDate.parse("2015-01-01").toEpochDay();
    private static final int SIGNUP_DAYS = (int) (LocalDate.parse("2025-12-31").toEpochDay() - SIGNUP_START + 1);
    private static final long FUTURE = LocalDate.parse("2030-06-01").toEpochDay();
    private static final long UPDATED_START = LocalDate.parse("2024-01-01").toEpochDay();
    private static final long UPDATED_SECONDS = 730L * 86_400;

    private ContractData() {
    }

    /**
     * Writes {@code rows} data rows and the header to {@code file} (UTF-8, {@code \n} line ends, empty
     * fields for nulls) and returns the file.
     */
    public static Path write(Path file, long rows, long seed, Variant variant) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        boolean shifted = variant == Variant.SHIFTED;
        double[] countryShares = shifted ? SHIFTED_COUNTRY_SHARES : COUNTRY_SHARES;
        StringBuilder line = new StringBuilder(320);
        try (Writer out = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
            out.write(HEADER);
            out.write('\n');
            for (long i = 1; i <= rows; i++) {
                line.setLength(0);
                // id: the row number; one row in 10,000 repeats the previous id (@Unique violations).
                line.append(i > 1 && random.nextInt(10_000) == 0 ? i - 1 : i).append(',');
                // customer_id: 200,000 customers.
                line.append(1 + random.nextInt(200_000)).append(',');
                // age: about 40 +- 12 (45 when shifted); 0.5% out of [0, 120].
                int age = (int) Math.round((shifted ? 45 : 40) + 12 * random.nextGaussian());
                age = Math.max(18, Math.min(95, age));
                if (random.nextInt(200) == 0) {
                    age = random.nextBoolean() ? 150 : -1;
                }
                line.append(age).append(',');
                // income: log-normal, 3% null, 0.1% negative.
                if (random.nextInt(100) < 3) {
                    line.append(',');
                } else {
                    double income = Math.exp(10.5 + 0.6 * random.nextGaussian()) * (shifted ? 1.3 : 1.0);
                    CsvText.fixed(line, random.nextInt(1000) == 0 ? -income : income, 2).append(',');
                }
                // score: uniform in [0, 1); 0.2% at 1.5.
                CsvText.fixed(line, random.nextInt(500) == 0 ? 1.5 : random.nextDouble(), 4).append(',');
                // balance: normal, 1000 +- 500.
                CsvText.fixed(line, 1000 + 500 * random.nextGaussian(), 2).append(',');
                // country: six codes; 1% "XX".
                line.append(random.nextInt(100) == 0 ? "XX" : COUNTRIES[pick(random, countryShares)]).append(',');
                // segment: an enum of four.
                line.append(SEGMENTS[random.nextInt(SEGMENTS.length)]).append(',');
                // email: 2% null; 0.5% without '@'.
                int email = random.nextInt(1000);
                if (email >= 20) {
                    line.append("user").append(i).append(email < 25 ? ".example.com" : "@example.com");
                }
                line.append(',');
                // name: 3 to 12 letters; 0.3% of 25.
                int length = random.nextInt(1000) < 3 ? 25 : 3 + random.nextInt(10);
                line.append((char) ('A' + random.nextInt(26)));
                for (int k = 1; k < length; k++) {
                    line.append((char) ('a' + random.nextInt(26)));
                }
                line.append(',');
                // signup: 2015-01-01 to 2025-12-31; 0.1% in 2030 (in the future, outside the range).
                long signup = random.nextInt(1000) == 0 ? FUTURE + random.nextInt(100)
                        : SIGNUP_START + random.nextInt(SIGNUP_DAYS);
                line.append(LocalDate.ofEpochDay(signup)).append(',');
                // active: 70% true.
                line.append(random.nextInt(100) < 70).append(',');
                // clicks: exponential, mean 20 (30 when shifted).
                line.append((long) (-(shifted ? 30 : 20) * Math.log(1 - random.nextDouble()))).append(',');
                // region: "AB-123"; 0.5% malformed.
                if (random.nextInt(200) == 0) {
                    line.append("x").append(random.nextInt(10));
                } else {
                    line.append((char) ('A' + random.nextInt(26))).append((char) ('A' + random.nextInt(26)))
                            .append('-');
                    CsvText.pad(line, random.nextInt(1000), 3);
                }
                line.append(',');
                // tenure_days: 0 to 5000.
                line.append(random.nextInt(5001)).append(',');
                // rating: 1 to 5, 5% null.
                if (random.nextInt(100) >= 5) {
                    line.append(1 + random.nextInt(5));
                }
                line.append(',');
                // updated_at: a second in 2024-2025, ISO local date-time.
                long second = random.nextLong(UPDATED_SECONDS);
                line.append(LocalDate.ofEpochDay(UPDATED_START + second / 86_400)).append('T');
                long inDay = second % 86_400;
                CsvText.pad(line, (int) (inDay / 3600), 2).append(':');
                CsvText.pad(line, (int) (inDay / 60 % 60), 2).append(':');
                CsvText.pad(line, (int) (inDay % 60), 2).append(',');
                // device: three values.
                int device = random.nextInt(100);
                line.append(device < 40 ? "ios" : device < 85 ? "android" : "web").append(',');
                // discount: [0, 0.5], 10% null, 0.2% at 0.9.
                int discount = random.nextInt(1000);
                if (discount >= 100) {
                    CsvText.fixed(line, discount < 102 ? 0.9 : random.nextDouble() * 0.5, 2);
                }
                line.append(',');
                // churned: 15% true (25% when shifted).
                line.append(random.nextInt(100) < (shifted ? 25 : 15)).append('\n');
                out.append(line);
            }
        }
        return file;
    }

    private static int pick(SplittableRandom random, double[] shares) {
        double u = random.nextDouble();
        for (int k = 0; k < shares.length - 1; k++) {
            u -= shares[k];
            if (u < 0) {
                return k;
            }
        }
        return shares.length - 1;
    }
}
