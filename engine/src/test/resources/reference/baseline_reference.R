#!/usr/bin/env Rscript
# Reference values for BaselineComparisonTests: pROC roc.test(..., method = "delong", paired = TRUE)
# on the fixture files joined on their id column, candidate first.
# Run from engine/src/test/resources: Rscript reference/baseline_reference.R
# (R 4.2.2, pROC 1.18.0 from Debian r-cran-proc)
suppressMessages(library(pROC))
options(digits = 17)

compare <- function(name, label, candidate, baseline) {
  r1 <- roc(label, candidate, levels = c(0, 1), direction = "<", quiet = TRUE)
  r2 <- roc(label, baseline, levels = c(0, 1), direction = "<", quiet = TRUE)
  t <- roc.test(r1, r2, method = "delong", paired = TRUE)
  est <- as.numeric(t$estimate)
  cat(sprintf("// %s n=%d: auc1=%.17g auc2=%.17g z=%.17g p=%.17g\n", name, length(label), est[1], est[2],
              as.numeric(t$statistic), t$p.value))
}

cat(sprintf("// R %s, pROC %s\n", getRversion(), packageVersion("pROC")))
cand <- read.csv("fixtures/baseline/candidate.csv", stringsAsFactors = FALSE)
prod <- read.csv("fixtures/baseline/production.csv", stringsAsFactors = FALSE)
j <- merge(cand, prod, by = "id", suffixes = c(".c", ".b"), sort = FALSE)
j$label <- j$churned.c
compare("churn all rows", j$label, j$p_churn.c, j$p_churn.b)
for (s in c("retail", "enterprise", "public")) {
  k <- j[j$segment == s, ]
  compare(paste("churn segment", s), k$label, k$p_churn.c, k$p_churn.b)
}
wc <- read.csv("fixtures/baseline/wdbc-candidate.csv", stringsAsFactors = FALSE)
wb <- read.csv("fixtures/baseline/wdbc-production.csv", stringsAsFactors = FALSE)
w <- merge(wc, wb, by = "sample_id", suffixes = c(".c", ".b"), sort = FALSE)
compare("wdbc all rows", as.integer(w$diagnosis.c == "malignant"), w$p_malignant.c, w$p_malignant.b)
