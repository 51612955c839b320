package dev.mlgate.report.internal;

import dev.mlgate.report.internal.Model.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes each report file atomically: report.json, report.html, summary.md, promotion.json last (the file
 * a deployment step reads, naming the digest of the report.json written before it), then the history
 * line. report.json and report.html are streamed to their temporary files as they are generated, so the
 * heap a report needs does not grow with the size of the run. All of it goes through one {@link Disk},
 * the file system in production.
 */
public final class ReportWriter {

    /** File names in the report directory. */
    public static final String REPORT_JSON = "report.json";
    public static final String REPORT_HTML = "report.html";
    public static final String SUMMARY_MD = "summary.md";
    public static final String PROMOTION_JSON = "promotion.json";

    private final Disk disk;
    private final AtomicFiles files;

    ReportWriter(Disk disk) {
        this.disk = disk;
        this.files = new AtomicFiles(disk);
    }

    /** A writer to the file system. */
    public static ReportWriter onDisk() {
        return new ReportWriter(Disk.REAL);
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    /**
     * Replaces promotion.json with one saying the run {@code stamp} is under way and promotes nothing;
     * written when a run starts, so that no earlier decision survives a run that dies.
     */
    public void writePending(ReportSettings settings, RunStamp stamp) throws IOException {
        files.write(settings.reportDir().resolve(PROMOTION_JSON), Promotion.pending(stamp));
    }

    /** Writes promotion.json for a finished run that checked nothing or could not write its report: REJECT. */
    public void writeRejection(ReportSettings settings, RunStamp stamp, String why) throws IOException {
        files.write(settings.reportDir().resolve(PROMOTION_JSON),
                Promotion.nothingRan(stamp, java.time.Instant.now(), why));
    }

    /** Writes the report of {@code run} as {@code settings} say, with the default retraining thresholds. */
    public Promotion write(Run run, ReportSettings settings, RunStamp stamp) throws IOException {
        return write(run, settings, RetrainSettings.DEFAULTS, stamp);
    }

    /** Writes the report of {@code run} as {@code settings} say, and returns the decision. */
    public Promotion write(Run run, ReportSettings settings, RetrainSettings retrain, RunStamp stamp) throws IOException {
        History history = History.read(disk, settings.historyFile());
        List<History.Degradation> degradations = history.degradations(run);
        Promotion promotion = Promotion.decide(run, Retraining.evaluate(run, retrain, settings.basedir(), degradations));
        byte[] summary = MarkdownSummary.render(run, promotion, settings.summaryLines()).getBytes(StandardCharsets.UTF_8);

        Path dir = settings.reportDir();
        disk.createDirectories(dir);
        MessageDigest digest = sha256();
        files.write(dir.resolve(REPORT_JSON), out -> ReportJson.write(run, new DigestOutputStream(out, digest)));
        files.write(dir.resolve(REPORT_HTML), out -> HtmlReport.write(run, promotion, history, degradations, out));
        files.write(dir.resolve(SUMMARY_MD), summary);
        files.write(dir.resolve(PROMOTION_JSON), promotion.render(run, stamp, HexFormat.of().formatHex(digest.digest())));
        History.append(disk, settings.historyFile(), run);
        return promotion;
    }
}
