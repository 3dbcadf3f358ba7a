# Regenerates the ComBat fixtures and prints the reference values pasted into ComBatTests.cs.
# Run from this folder: Rscript make_reference.R   (R 4.2, sva 3.46.0, bladderbatch 1.36.0, Debian bookworm)
suppressMessages({ library(sva); library(bladderbatch) })
data(bladderdata)
pheno <- pData(bladderEset)
edata <- exprs(bladderEset)
# 300 probes keep the fixture small; ComBat's priors are estimated from these 300 only, in R and in the test alike.
sub <- edata[seq(1, 22283, by = 74)[1:300], ]
out <- data.frame(feature = rownames(sub), signif(sub, 8), check.names = FALSE)
write.table(out, "bladderbatch_300.tsv", sep = "\t", quote = FALSE, row.names = FALSE)
write.table(data.frame(sample = rownames(pheno), batch = pheno$batch, cancer = pheno$cancer),
            "bladderbatch_pheno.tsv", sep = "\t", quote = FALSE, row.names = FALSE)

set.seed(20240611)
nf <- 200; sizes <- c(8, 10, 12); ns <- sum(sizes)
batch <- rep(c("b1", "b2", "b3"), sizes)
group <- rep(c("treated", "control"), length.out = ns)
age <- round(runif(ns, 30, 80))
base <- matrix(rnorm(nf * ns, 8, 1), nf, ns)
loc <- matrix(rnorm(nf * 3, 0, 0.8), nf, 3); scl <- matrix(rgamma(nf * 3, 4, 4), nf, 3)
bi <- match(batch, c("b1", "b2", "b3"))
sim <- base * scl[, bi] + loc[, bi] + outer(rnorm(nf, 0, 0.5), group == "treated") + outer(rnorm(nf, 0, 0.01), age)
sim[5, batch == "b2"] <- 3      # constant inside one batch: sva leaves this row unadjusted
rownames(sim) <- sprintf("f%03d", 1:nf); colnames(sim) <- sprintf("s%02d", 1:ns)
write.table(data.frame(feature = rownames(sim), signif(sim, 8), check.names = FALSE),
            "simulated_200x30.tsv", sep = "\t", quote = FALSE, row.names = FALSE)
write.table(data.frame(sample = colnames(sim), batch = batch, group = group, age = age),
            "simulated_pheno.tsv", sep = "\t", quote = FALSE, row.names = FALSE)

readm <- function(f) { d <- read.delim(f, check.names = FALSE); m <- as.matrix(d[, -1]); rownames(m) <- d[, 1]; m }
show <- function(name, adj, rows, cols) {
  cat(sprintf("// %s: sum=%.17g sumsq=%.17g\n", name, sum(adj), sum(adj^2)))
  for (r in rows) for (c in cols) cat(sprintf("[InlineData(%d, %d, %.17g)]\n", r - 1, c - 1, adj[r, c]))
}
bb <- readm("bladderbatch_300.tsv"); ph <- read.delim("bladderbatch_pheno.tsv")
mod <- model.matrix(~ as.factor(cancer), data = ph)
show("bladder par", ComBat(bb, ph$batch, mod), c(1, 50, 300), c(1, 30, 57))
show("bladder nonpar", ComBat(bb, ph$batch, mod, par.prior = FALSE), c(1, 50, 300), c(1, 30, 57))
show("bladder nocov", ComBat(bb, ph$batch), c(2, 150), c(2, 40))
sm <- readm("simulated_200x30.tsv"); sp <- read.delim("simulated_pheno.tsv")
mod2 <- model.matrix(~ group + age, data = sp)
show("sim par", ComBat(sm, sp$batch, mod2), c(1, 5, 100, 200), c(1, 9, 30))
show("sim nonpar", ComBat(sm, sp$batch, mod2, par.prior = FALSE), c(1, 100, 200), c(1, 30))
show("sim meanonly", ComBat(sm, sp$batch, mod2, mean.only = TRUE), c(1, 200), c(1, 30))
