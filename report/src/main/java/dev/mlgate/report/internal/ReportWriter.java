package dev.mlgate.report.internal;

import dev.mlgate.report.internal.History.Degradation;
import dev.mlgate.report.internal.Model.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders every report file in memory first, then writes each atomically: report.json, report.html,
 * summary.md, promotion.json last (the file a deployment step reads), then the history line. All of it
 * goes through one {@link Disk}, the file system in production.
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
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
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

    /** Writes the report of {@code run} as {@code settings} say, and returns the decision. */
    public Promotion write(Run run, ReportSettings settings, RunStamp stamp) throws IOException {
        History history = History.read(disk, settings.historyFile());
        List<Degradation> degradations = history.degradations(run);
        Promotion promotion = Promotion.decide(run, degradations);
        byte[] json = ReportJson.render(run);
        byte[] html = HtmlReport.render(run, promotion, history, degradations);
        byte[] summary = MarkdownSummary.render(run, promotion).getBytes(StandardCharsets.UTF_8);
        byte[] decision = promotion.render(run, stamp, sha256(json));

        Path dir = settings.reportDir();
        disk.createDirectories(dir);
        files.write(dir.resolve(REPORT_JSON), json);
        files.write(dir.resolve(REPORT_HTML), html);
        files.write(dir.resolve(SUMMARY_MD), summary);
        files.write(dir.resolve(PROMOTION_JSON), decision);
        History.append(disk, settings.historyFile(), run);
        return promotion;
    }
}
