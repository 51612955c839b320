package dev.mlgate.maven.internal;

import java.nio.file.Path;
import java.time.Instant;

/** Everything the gate decides on, gathered by the goal from Maven and the file system. */
public record GateInput(Path reportDirectory, Loaded<PromotionFile> promotion, Loaded<ReportFile> report,
                        Instant buildStart, TestClasses testClasses, SurefireSetup surefire,
                        RequiredDecision required) {
}
