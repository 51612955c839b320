package dev.mlgate.benchmarks.customers;

import dev.mlgate.benchmarks.CsvText;
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
 * Writes the seeded 22-column customer table of the realistic benchmark (issue "Speed"): what a team's
 * customer extract looks like rather than a numeric test matrix. Identifiers, ages, e-mail addresses
 * (mostly unique, a few malformed), country codes, nullable incomes, signup dates, login date-times,
 * booleans, plans, order counts, credit scores, phone numbers and zip codes in several shapes, names,
 * cities, a nullable referral code, spend, discounts and a churn-risk score, with a small known share
 * of violations so that some checks fail, as they do on real data.
 *
 * <p>The same rows and seed always give the same bytes. Run as a program:
 * {@code java -cp benchmarks.jar dev.mlgate.benchmarks.customers.CustomerData <file> [rows] [seed]}.
 */
public final class CustomerData {

    /** Rows of the benchmark file. */
    public static final long ROWS = 1_000_000;
    /** Seed of the benchmark file. */
    public static final long SEED = 20_261_205L;
    /** The run's {@code mlgate.today} (and pandas' "today"), so freshness verdicts do not depend on the day. */
    public static final String TODAY = "2026-01-01";

    /** The header: twenty-two columns. */
    public static final String HEADER = "customer_id,age,email,country,income,signup_date,last_login,is_active,"
            + "plan,order_count,credit_score,phone,zip,total_spent,first_name,last_name,city,referral_code,"
            + "discount_rate,newsletter,churn_risk,account_manager";

    private static final String[] COUNTRIES = {"US", "GB", "DE", "FR", "ES", "IT", "NL", "SE", "PL", "BR"};
    private static final String[] PLANS = {"free", "basic", "pro", "enterprise"};
    private static final String[] CITIES = {"Springfield", "Riverside", "Fairview", "Franklin", "Greenville",
        "Bristol", "Clinton", "Salem", "Madison", "Georgetown", "Zürich", "São Paulo", "Kraków", "Malmö"};
    private static final String[] DOMAINS = {"example.com", "mail.example.org", "corp.example.net", "example.co.uk"};
    private static final String[] MANAGERS = {"Ada Lovelace", "Grace Hopper", "Alan Turing", "Edsger Dijkstra",
        "Barbara Liskov", "Donald Knuth"};
    private static final long SIGNUP_START = LocalDate.parse("2012-01-01").toEpochDay();
    private static final int SIGNUP_DAYS = (int) (LocalDate.parse("2025-12-31").toEpochDay() - SIGNUP_START + 1);
    private static final long LOGIN_START = LocalDate.parse("2025-01-01").toEpochDay();
    private static final long LOGIN_SECONDS = 365L * 86_400;

    private CustomerData() {
    }

    /** Writes the file named by the first argument; optional rows and seed follow. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: CustomerData <file> [rows] [seed]");
            System.exit(2);
        }
        long rows = args.length > 1 ? Long.parseLong(args[1]) : ROWS;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : SEED;
        write(Path.of(args[0]), rows, seed);
    }

    /** Writes {@code rows} data rows and the header to {@code file} (UTF-8, {@code \n}, empty fields for nulls). */
    public static Path write(Path file, long rows, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder line = new StringBuilder(400);
        try (Writer out = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
            out.write(HEADER);
            out.write('\n');
            for (long i = 1; i <= rows; i++) {
                line.setLength(0);
                appendRow(line, i, random);
                out.append(line);
            }
        }
        return file;
    }

    private static void appendRow(StringBuilder line, long i, SplittableRandom random) {
        // customer_id: unique, shuffled-looking, one in 20,000 repeats the previous row's id.
        long id = i > 1 && random.nextInt(20_000) == 0 ? scramble(i - 1) : scramble(i);
        line.append(id).append(',');
        // age: 18 to 90, about 41 +- 13; 0.1% at 130.
        int age = random.nextInt(1000) == 0 ? 130 : (int) Math.max(18, Math.min(90, Math.round(41 + 13 * random.nextGaussian())));
        line.append(age).append(',');
        // email: 2% null, 0.3% malformed, 0.5% shared with another customer.
        int email = random.nextInt(1000);
        if (email >= 20) {
            long owner = email < 25 ? i / 2 : i;
            line.append("customer.").append(owner).append(email < 28 ? " at " : "@")
                    .append(DOMAINS[(int) (owner % DOMAINS.length)]);
        }
        line.append(',');
        // country: ten ISO codes; 0.5% lower case.
        String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
        line.append(random.nextInt(200) == 0 ? country.toLowerCase(java.util.Locale.ROOT) : country).append(',');
        // income: log-normal, 8% null.
        if (random.nextInt(100) >= 8) {
            CsvText.fixed(line, Math.exp(10.8 + 0.5 * random.nextGaussian()), 2);
        }
        line.append(',');
        // signup_date: 2012-01-01 to 2025-12-31, ISO; 0.05% in 2027 (future).
        long signup = random.nextInt(2000) == 0 ? LocalDate.parse("2027-03-01").toEpochDay() + random.nextInt(90)
                : SIGNUP_START + random.nextInt(SIGNUP_DAYS);
        line.append(LocalDate.ofEpochDay(signup)).append(',');
        // last_login: a second of 2025, ISO local date-time.
        long second = random.nextLong(LOGIN_SECONDS);
        line.append(LocalDate.ofEpochDay(LOGIN_START + second / 86_400)).append('T');
        long inDay = second % 86_400;
        CsvText.pad(line, (int) (inDay / 3600), 2).append(':');
        CsvText.pad(line, (int) (inDay / 60 % 60), 2).append(':');
        CsvText.pad(line, (int) (inDay % 60), 2).append(',');
        // is_active: 72% true.
        line.append(random.nextInt(100) < 72).append(',');
        // plan: four values.
        int plan = random.nextInt(100);
        line.append(PLANS[plan < 50 ? 0 : plan < 80 ? 1 : plan < 95 ? 2 : 3]).append(',');
        // order_count: geometric-ish, mean about 6.
        line.append((long) (-6 * Math.log(1 - random.nextDouble()))).append(',');
        // credit_score: 300 to 850, about 680 +- 80.
        line.append((int) Math.max(300, Math.min(850, Math.round(680 + 80 * random.nextGaussian())))).append(',');
        // phone: "+1 555-123-4567" or "(555) 123-4567"; 0.2% malformed.
        appendPhone(line, random).append(',');
        // zip: five digits, 10% ZIP+4, 0.2% malformed.
        int zip = random.nextInt(1000);
        CsvText.pad(line, random.nextInt(100_000), 5);
        if (zip < 100) {
            line.append('-');
            CsvText.pad(line, random.nextInt(10_000), 4);
        } else if (zip < 102) {
            line.append('X');
        }
        line.append(',');
        // total_spent: order count times a log-normal basket.
        CsvText.fixed(line, Math.exp(4 + 0.8 * random.nextGaussian()) * (1 + random.nextInt(20)), 2).append(',');
        // first_name, last_name: letters, last names sometimes with a hyphen or an accent.
        appendName(line, random, 3 + random.nextInt(8)).append(',');
        appendName(line, random, 4 + random.nextInt(10));
        if (random.nextInt(50) == 0) {
            line.append("-é");
        }
        line.append(',');
        // city: a few, some non-ASCII.
        line.append(CITIES[random.nextInt(CITIES.length)]).append(',');
        // referral_code: 60% null, else "REF" and six hex digits.
        if (random.nextInt(100) >= 60) {
            line.append("REF").append(String.format(java.util.Locale.ROOT, "%06X", random.nextInt(1 << 24)));
        }
        line.append(',');
        // discount_rate: [0, 0.4] in steps of 0.05, 30% null, 0.1% at 0.75.
        int discount = random.nextInt(1000);
        if (discount >= 300) {
            CsvText.fixed(line, discount < 301 ? 0.75 : 0.05 * random.nextInt(9), 2);
        }
        line.append(',');
        // newsletter: 40% true.
        line.append(random.nextInt(100) < 40).append(',');
        // churn_risk: a probability.
        CsvText.fixed(line, random.nextDouble(), 4).append(',');
        // account_manager: free text with a space, quoted when it holds a comma (1%).
        String manager = MANAGERS[random.nextInt(MANAGERS.length)];
        if (random.nextInt(100) == 0) {
            line.append('"').append(manager).append(", Jr.\"");
        } else {
            line.append(manager);
        }
        line.append('\n');
    }

    /** A bijection on [1, 2^40) so identifiers are unique but not in file order. */
    private static long scramble(long i) {
        return 1_000_000_000L + (i * 0x9E3779B1L) % 1_099_511_627_776L;
    }

    private static StringBuilder appendPhone(StringBuilder line, SplittableRandom random) {
        int shape = random.nextInt(1000);
        if (shape < 2) {
            return line.append("call me");
        }
        if (shape < 500) {
            line.append("+1 ");
            CsvText.pad(line, 200 + random.nextInt(800), 3).append('-');
        } else {
            line.append('(');
            CsvText.pad(line, 200 + random.nextInt(800), 3).append(") ");
        }
        CsvText.pad(line, random.nextInt(1000), 3).append('-');
        return CsvText.pad(line, random.nextInt(10_000), 4);
    }

    private static StringBuilder appendName(StringBuilder line, SplittableRandom random, int length) {
        line.append((char) ('A' + random.nextInt(26)));
        for (int k = 1; k < length; k++) {
            line.append((char) ('a' + random.nextInt(26)));
        }
        return line;
    }
}
