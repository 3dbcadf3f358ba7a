namespace OmicsBridge.Analytics.Survival;

/// <summary>
/// The data of a Cox model sorted once (by stratum, then stop time descending) and the single backward sweep that
/// gives log-likelihood, score and information, as R's <c>coxfit6</c> / <c>agfit4</c>. Risk-set sums grow as the
/// sweep goes back in time; for (start, stop] data rows leave when the sweep passes their start, so each row is added
/// and removed once and Efron's tie correction is applied per event time in the same pass.
/// </summary>
internal sealed class CoxEngine
{
    private readonly int _n;
    private readonly int _p;
    private readonly double[] _x;          // row-major, sorted, centred and scaled as coxfit6 does
    private readonly double[] _stop;
    private readonly bool[] _event;
    private readonly double[]? _start;
    private readonly int[] _startOrder;    // per stratum block, positions sorted by start descending
    private readonly int[] _blockEnds;     // exclusive end of each stratum block
    private readonly bool _efron;
    private readonly double[] _eta;
    private readonly double[] _risk;

    public CoxEngine(SurvivalData data, CoxTies ties)
    {
        _n = data.Count;
        _p = data.Covariates.Count;
        _efron = ties == CoxTies.Efron;
        int[][] blocks;
        if (data.Strata is null)
        {
            blocks = [SurvivalInput.AllRows(_n)];
        }
        else
        {
            var (levels, codes) = SurvivalInput.Factor(data.Strata);
            blocks = SurvivalInput.SplitRows(codes, levels.Count);
        }

        Order = new int[_n];
        _blockEnds = new int[blocks.Length];
        var keys = new double[_n];
        var offset = 0;
        for (var b = 0; b < blocks.Length; b++)
        {
            var rows = blocks[b];
            var blockKeys = new double[rows.Length];
            for (var i = 0; i < rows.Length; i++)
            {
                blockKeys[i] = -data.Time[rows[i]];
            }

            Array.Sort(blockKeys, rows);
            rows.CopyTo(Order, offset);
            blockKeys.CopyTo(keys, offset);
            offset += rows.Length;
            _blockEnds[b] = offset;
        }

        _stop = new double[_n];
        _event = new bool[_n];
        for (var i = 0; i < _n; i++)
        {
            _stop[i] = data.Time[Order[i]];
            _event[i] = data.Event[Order[i]];
        }

        _startOrder = [];
        if (data.Start is not null)
        {
            _start = new double[_n];
            _startOrder = new int[_n];
            var blockStart = 0;
            foreach (var end in _blockEnds)
            {
                var len = end - blockStart;
                var startKeys = new double[len];
                for (var i = 0; i < len; i++)
                {
                    _start[blockStart + i] = data.Start[Order[blockStart + i]];
                    startKeys[i] = -_start[blockStart + i];
                    _startOrder[blockStart + i] = blockStart + i;
                }

                Array.Sort(startKeys, _startOrder, blockStart, len);
                blockStart = end;
            }
        }

        Means = new double[_p];
        Scale = new double[_p];
        _x = new double[_n * _p];
        for (var j = 0; j < _p; j++)
        {
            var values = data.Covariates[j].Values as double[] ?? [.. data.Covariates[j].Values];
            // coxph(nocenter = c(-1, 0, 1)): columns of only -1/0/1 are neither centred nor scaled.
            var onlyUnit = true;
            double sum = 0;
            for (var i = 0; i < _n; i++)
            {
                var v = values[i];
                onlyUnit &= v == 0 || v == 1 || v == -1;
                sum += v;
            }

            double mean = 0, scale = 1;
            if (!onlyUnit)
            {
                mean = sum / _n;
                double abs = 0;
                for (var i = 0; i < _n; i++)
                {
                    abs += Math.Abs(values[i] - mean);
                }

                scale = abs > 0 ? _n / abs : 1.0;
            }

            Means[j] = mean;
            Scale[j] = scale;
            for (var i = 0; i < _n; i++)
            {
                _x[(i * _p) + j] = (values[Order[i]] - mean) * scale;
            }
        }

        _eta = new double[_n];
        _risk = new double[_n];
    }

    /// <summary>Sorted position → original row.</summary>
    public int[] Order { get; }

    public double[] Means { get; }

    public double[] Scale { get; }

    public int Count => _n;

    public int Variables => _p;

    public double[] SortedStop => _stop;

    public bool[] SortedEvent => _event;

    public double[]? SortedStart => _start;

    public int[] BlockEnds => _blockEnds;

    /// <summary>
    /// Log-likelihood, score <paramref name="u"/> and information <paramref name="imat"/> (p×p, row-major) at the scaled
    /// coefficients <paramref name="beta"/>. With <paramref name="timeWeight"/> (one value per sorted row, constant
    /// within an event time) the extended 2p system of cox.zph is accumulated instead (u and imat sized 2p).
    /// </summary>
    public double Evaluate(double[] beta, double[] u, double[] imat, double[]? timeWeight = null)
    {
        var p = _p;
        var q = timeWeight is null ? p : 2 * p;
        for (var i = 0; i < _n; i++)
        {
            double eta = 0;
            var row = i * p;
            for (var j = 0; j < p; j++)
            {
                eta += _x[row + j] * beta[j];
            }

            _eta[i] = eta;
            _risk[i] = Math.Exp(eta);
        }

        Array.Clear(u, 0, q);
        Array.Clear(imat, 0, q * q);
        var a = new double[p];
        var a2 = new double[p];
        var cmat = new double[p * p];
        var cmat2 = new double[p * p];
        var mean = new double[p];
        double loglik = 0;
        var blockStart = 0;
        foreach (var blockEnd in _blockEnds)
        {
            double denom = 0;
            Array.Clear(a);
            Array.Clear(cmat);
            var nRisk = 0;
            var sp = blockStart;
            var i = blockStart;
            while (i < blockEnd)
            {
                var t = _stop[i];
                double denom2 = 0;
                var deaths = 0;
                var g = timeWeight?[i] ?? 0;
                for (; i < blockEnd && _stop[i] == t; i++)
                {
                    var r = _risk[i];
                    var row = i * p;
                    nRisk++;
                    if (_event[i])
                    {
                        deaths++;
                        denom2 += r;
                        loglik += _eta[i];
                        for (var j = 0; j < p; j++)
                        {
                            var xj = _x[row + j];
                            u[j] += xj;
                            if (timeWeight is not null)
                            {
                                u[p + j] += g * xj;
                            }

                            a2[j] += r * xj;
                            for (var k = 0; k <= j; k++)
                            {
                                cmat2[(j * p) + k] += r * xj * _x[row + k];
                            }
                        }
                    }
                    else
                    {
                        denom += r;
                        for (var j = 0; j < p; j++)
                        {
                            var xj = _x[row + j];
                            a[j] += r * xj;
                            for (var k = 0; k <= j; k++)
                            {
                                cmat[(j * p) + k] += r * xj * _x[row + k];
                            }
                        }
                    }
                }

                if (_start is not null)
                {
                    // Rows whose start is at or after t entered later: they are not at risk at t.
                    for (; sp < blockEnd && _start[_startOrder[sp]] >= t; sp++)
                    {
                        var leaving = _startOrder[sp];
                        var r = _risk[leaving];
                        var row = leaving * p;
                        nRisk--;
                        denom -= r;
                        for (var j = 0; j < p; j++)
                        {
                            var xj = _x[row + j];
                            a[j] -= r * xj;
                            for (var k = 0; k <= j; k++)
                            {
                                cmat[(j * p) + k] -= r * xj * _x[row + k];
                            }
                        }
                    }

                    if (nRisk == deaths)
                    {
                        // Only this time's deaths remain: clear the running sums so round-off cannot accumulate.
                        denom = 0;
                        Array.Clear(a);
                        Array.Clear(cmat);
                    }
                }

                if (deaths == 0)
                {
                    continue;
                }

                var steps = _efron ? deaths : 1;
                var weight = (double)deaths / steps;
                for (var step = 0; step < steps; step++)
                {
                    var fraction = _efron ? 1.0 / deaths : 1.0;
                    denom += denom2 * fraction;
                    loglik -= weight * Math.Log(denom);
                    for (var j = 0; j < p; j++)
                    {
                        a[j] += a2[j] * fraction;
                        mean[j] = a[j] / denom;
                        u[j] -= weight * mean[j];
                        if (timeWeight is not null)
                        {
                            u[p + j] -= g * weight * mean[j];
                        }
                    }

                    for (var j = 0; j < p; j++)
                    {
                        for (var k = 0; k <= j; k++)
                        {
                            cmat[(j * p) + k] += cmat2[(j * p) + k] * fraction;
                            var v = weight * ((cmat[(j * p) + k] / denom) - (mean[j] * mean[k]));
                            imat[(j * q) + k] += v;
                            if (timeWeight is not null)
                            {
                                imat[(j * q) + p + k] += g * v;
                                imat[((p + j) * q) + p + k] += g * g * v;
                            }
                        }
                    }
                }

                Array.Clear(a2);
                Array.Clear(cmat2);
            }

            blockStart = blockEnd;
        }

        // Mirror the lower triangles (and the cross block) into full symmetric matrices.
        for (var j = 0; j < p; j++)
        {
            for (var k = 0; k < j; k++)
            {
                imat[(k * q) + j] = imat[(j * q) + k];
                if (timeWeight is not null)
                {
                    imat[(k * q) + p + j] = imat[(j * q) + p + k];
                    imat[((p + k) * q) + p + j] = imat[((p + j) * q) + p + k];
                }
            }
        }

        if (timeWeight is not null)
        {
            for (var j = 0; j < p; j++)
            {
                for (var k = 0; k < p; k++)
                {
                    imat[((p + j) * q) + k] = imat[(k * q) + p + j];
                }
            }
        }

        return loglik;
    }
}
