#!/usr/bin/env Rscript
# Reference values for DeLongTest: pROC roc.test(roc1, roc2, method = "delong", paired = TRUE).
# Run: Rscript delong_reference.R   (R 4.2.2, pROC 1.18.0 from Debian r-cran-proc)
# The data are integer formulas followed by one division, mirrored in DeLongTest.java, so both
# languages see identical doubles. Controls are label 0, cases label 1, and direction "<" (a higher
# score means a case), so pROC does not flip any curve.
suppressMessages(library(pROC))
options(digits = 17)

dataset <- function(n, la, lb, lm, lt, am, ab, amod, adiv, ashift, bm, bb, bmod, bdiv, bshift) {
  i <- 0:(n - 1)
  label <- as.integer(((i * la + lb) %% lm) < lt)
  a <- ((i * i * am + i * ab) %% amod) / adiv + ashift * label
  b <- ((i * bm + bb) %% bmod) / bdiv + bshift * label
  list(label = label, a = a, b = b)
}

report <- function(name, d, level = 0.95) {
  r1 <- roc(d$label, d$a, levels = c(0, 1), direction = "<", quiet = TRUE)
  r2 <- roc(d$label, d$b, levels = c(0, 1), direction = "<", quiet = TRUE)
  t <- roc.test(r1, r2, method = "delong", paired = TRUE, conf.level = level)
  est <- as.numeric(t$estimate)
  se <- pROC:::delong.paired.calculations(r1, r2)$sig  # the standard error behind z and conf.int
  cat(sprintf("// %s (level %s): auc1=%.17g auc2=%.17g se=%.17g z=%.17g p=%.17g ci=[%.17g, %.17g]\n",
              name, level, est[1], est[2], se, as.numeric(t$statistic), t$p.value, t$conf.int[1], t$conf.int[2]))
}

cat(sprintf("// R %s, pROC %s\n", getRversion(), packageVersion("pROC")))
report("MODERATE n=200", dataset(200, 37, 11, 100, 40, 13, 7, 101, 100, 0.3, 29, 5, 23, 22, 0.2))
report("MODERATE n=200", dataset(200, 37, 11, 100, 40, 13, 7, 101, 100, 0.3, 29, 5, 23, 22, 0.2), 0.9)
report("SMALL n=12 heavy ties", dataset(12, 5, 3, 12, 5, 1, 1, 4, 4, 0.25, 1, 2, 3, 3, 0.0))
report("LARGE n=5000", dataset(5000, 7919, 13, 1000, 300, 31, 17, 1009, 1000, 0.15, 97, 3, 1013, 1000, 0.12))
d <- dataset(200, 37, 11, 100, 40, 13, 7, 101, 100, 0.3, 29, 5, 23, 22, 0.2)
d$b <- d$a
report("IDENTICAL models n=200", d)
