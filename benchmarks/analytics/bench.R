# Times R's survival (survfit + survdiff, coxph) and sva::ComBat on the files run.sh generated.
# Reading is not timed; one warm-up run, then REPEATS timed runs, one "name<TAB>seconds" line each.
args <- commandArgs(trailingOnly = TRUE)
dir <- args[1]; repeats <- as.integer(args[2])
suppressMessages({ library(survival); library(sva) })
d <- read.csv(file.path(dir, "survival.csv"))
m <- as.matrix(read.delim(file.path(dir, "combat.tsv"), row.names = 1))
b <- read.delim(file.path(dir, "combat_batch.tsv"))$batch
time <- function(name, f) {
  f()
  for (r in seq_len(repeats)) {
    s <- system.time(f())[["elapsed"]]
    cat(name, "\t", sprintf("%.4f", s), "\n", sep = "")
  }
}
time("km_logrank", function() { survfit(Surv(time, status) ~ group, data = d); survdiff(Surv(time, status) ~ group, data = d) })
time("cox", function() coxph(Surv(time, status) ~ x1 + x2 + x3, data = d))
time("survival_total", function() {
  survfit(Surv(time, status) ~ group, data = d); survdiff(Surv(time, status) ~ group, data = d)
  coxph(Surv(time, status) ~ x1 + x2 + x3, data = d)
})
time("combat", function() suppressMessages(invisible(capture.output(ComBat(m, batch = b)))))
