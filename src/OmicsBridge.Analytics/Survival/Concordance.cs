namespace OmicsBridge.Analytics.Survival;

/// <summary>
/// Harrell's C for a Cox linear predictor as R's <c>concordancefit(reverse = TRUE)</c>, with the infinitesimal-jackknife
/// variance from per-row pair counts. Comparable pairs: an event at t against rows still at risk at t that are not
/// themselves events at t. Two Fenwick trees over the ranks of the predictor (the risk set and the cumulative deaths)
/// give every row's counts in one ascending sweep, O(n log n).
/// </summary>
internal static class Concordance
{
    public static ConcordanceResult Compute(CoxEngine engine, double[] linearPredictor)
    {
        var n = engine.Count;
        var stop = engine.SortedStop;
        var isEvent = engine.SortedEvent;
        var start = engine.SortedStart;
        var lp = new double[n];
        for (var i = 0; i < n; i++)
        {
            lp[i] = linearPredictor[engine.Order[i]];
        }

        // Per sorted row: pairs it is in as concordant / discordant / tied on the predictor.
        var conc = new double[n];
        var disc = new double[n];
        var tied = new double[n];
        double totalConc = 0, totalDisc = 0, totalTiedX = 0, totalTiedY = 0, totalTiedXY = 0;
        var blockStart = 0;
        foreach (var blockEnd in engine.BlockEnds)
        {
            var len = blockEnd - blockStart;
            var ranks = Ranks(lp, blockStart, len, out var rankCount);
            var riskTree = new Fenwick(rankCount);
            var deathTree = new Fenwick(rankCount);
            var entryLess = new double[len];
            var entryGreater = new double[len];
            var entryEqual = new double[len];

            // Ascending order of stop is the block read backwards; starts ascending for entries.
            int[]? byStart = null;
            if (start is null)
            {
                riskTree.AddAll(ranks);
            }
            else
            {
                byStart = new int[len];
                var keys = new double[len];
                for (var k = 0; k < len; k++)
                {
                    byStart[k] = k;
                    keys[k] = start[blockStart + k];
                }

                Array.Sort(keys, byStart);
            }

            var entryPointer = 0;
            var hi = len - 1;
            while (hi >= 0)
            {
                var t = stop[blockStart + hi];
                if (byStart is not null)
                {
                    for (; entryPointer < len && start![blockStart + byStart[entryPointer]] < t; entryPointer++)
                    {
                        var k = byStart[entryPointer];
                        var r = ranks[k];
                        var less = deathTree.Below(r);
                        var equal = deathTree.Count(r);
                        entryLess[k] = less;
                        entryEqual[k] = equal;
                        entryGreater[k] = deathTree.Total - less - equal;
                        riskTree.Add(r, 1);
                    }
                }

                var lo = hi;
                while (lo > 0 && stop[blockStart + lo - 1] == t)
                {
                    lo--;
                }

                // Deaths at t are not comparable with each other (tied on time): take them out first.
                var deathCount = 0;
                for (var k = lo; k <= hi; k++)
                {
                    if (isEvent[blockStart + k])
                    {
                        riskTree.Add(ranks[k], -1);
                        deathCount++;
                    }
                }

                if (deathCount > 0)
                {
                    var deathRanks = new List<int>(deathCount);
                    for (var k = lo; k <= hi; k++)
                    {
                        if (!isEvent[blockStart + k])
                        {
                            continue;
                        }

                        var r = ranks[k];
                        deathRanks.Add(r);
                        double less = riskTree.Below(r);
                        double equal = riskTree.Count(r);
                        var greater = riskTree.Total - less - equal;

                        // Reverse = TRUE: the row that failed first should carry the higher risk.
                        conc[blockStart + k] += less;
                        disc[blockStart + k] += greater;
                        tied[blockStart + k] += equal;
                        totalConc += less;
                        totalDisc += greater;
                        totalTiedX += equal;
                        Exit(k, r, deathTree, entryLess, entryGreater, entryEqual, conc, disc, tied, blockStart);
                    }

                    deathRanks.Sort();
                    for (var a = 0; a < deathRanks.Count;)
                    {
                        var b = a;
                        while (b < deathRanks.Count && deathRanks[b] == deathRanks[a])
                        {
                            b++;
                        }

                        double same = b - a;
                        totalTiedXY += same * (same - 1) / 2;
                        a = b;
                    }

                    totalTiedY += (double)deathCount * (deathCount - 1) / 2;
                    foreach (var r in deathRanks)
                    {
                        deathTree.Add(r, 1);
                    }
                }

                for (var k = lo; k <= hi; k++)
                {
                    if (!isEvent[blockStart + k])
                    {
                        Exit(k, ranks[k], deathTree, entryLess, entryGreater, entryEqual, conc, disc, tied, blockStart);
                        riskTree.Add(ranks[k], -1);
                    }
                }

                hi = lo - 1;
            }

            blockStart = blockEnd;
        }

        totalTiedY -= totalTiedXY;
        var pairs = totalConc + totalDisc + totalTiedX;
        var somers = (totalConc - totalDisc) / pairs;
        double variance = 0;
        for (var i = 0; i < n; i++)
        {
            var dfbeta = ((conc[i] - disc[i]) / pairs) - (somers / pairs * (conc[i] + disc[i] + tied[i]));
            variance += dfbeta * dfbeta;
        }

        return new ConcordanceResult(
            totalConc, totalDisc, totalTiedX, totalTiedY, totalTiedXY, (somers + 1) / 2, Math.Sqrt(variance / 4));
    }

    // A row leaves the comparison: the deaths it was compared with are those counted since it entered.
    private static void Exit(
        int k, int r, Fenwick deathTree, double[] entryLess, double[] entryGreater, double[] entryEqual,
        double[] conc, double[] disc, double[] tied, int blockStart)
    {
        double less = deathTree.Below(r);
        double equal = deathTree.Count(r);
        conc[blockStart + k] += deathTree.Total - less - equal - entryGreater[k];
        disc[blockStart + k] += less - entryLess[k];
        tied[blockStart + k] += equal - entryEqual[k];
    }

    private static int[] Ranks(double[] lp, int offset, int len, out int rankCount)
    {
        var values = new double[len];
        var index = new int[len];
        for (var k = 0; k < len; k++)
        {
            values[k] = lp[offset + k];
            index[k] = k;
        }

        Array.Sort(values, index);
        var ranks = new int[len];
        rankCount = 0;
        for (var k = 0; k < len; k++)
        {
            if (k > 0 && values[k] != values[k - 1])
            {
                rankCount++;
            }

            ranks[index[k]] = rankCount;
        }

        rankCount = len == 0 ? 0 : rankCount + 1;
        return ranks;
    }

    // Counts fit in int (at most n per rank); halving the tree's size keeps more of it in cache, and the plain per-rank
    // counts answer "how many tie with me" without a second tree walk.
    private sealed class Fenwick(int size)
    {
        private readonly int[] _tree = new int[size + 1];
        private readonly int[] _count = new int[size];

        public int Total { get; private set; }

        public int Count(int rank) => _count[rank];

        public void Add(int rank, int value)
        {
            Total += value;
            _count[rank] += value;
            for (var i = rank + 1; i < _tree.Length; i += i & -i)
            {
                _tree[i] += value;
            }
        }

        /// <summary>Fills the tree with one row per entry of <paramref name="ranks"/> in linear time.</summary>
        public void AddAll(int[] ranks)
        {
            foreach (var r in ranks)
            {
                _count[r]++;
                _tree[r + 1]++;
            }

            Total += ranks.Length;
            for (var i = 1; i < _tree.Length; i++)
            {
                var parent = i + (i & -i);
                if (parent < _tree.Length)
                {
                    _tree[parent] += _tree[i];
                }
            }
        }

        /// <summary>Number of entries with rank below <paramref name="rank"/>.</summary>
        public int Below(int rank)
        {
            var sum = 0;
            for (var i = rank; i > 0; i -= i & -i)
            {
                sum += _tree[i];
            }

            return sum;
        }
    }
}
