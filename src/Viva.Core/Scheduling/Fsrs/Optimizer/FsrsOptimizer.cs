namespace Viva.Core.Scheduling.Fsrs.Optimizer;

/// <summary>
/// Fits the 21 FSRS-6 weights to a user's review items the way fsrs-rs does: w0–w3 pre-trained from first ratings,
/// then Adam over all weights on mini-batches of items of similar length, the step size annealed along a cosine, the
/// weights clipped after every step, with a pull toward the starting point that fades as the log grows.
/// Deterministic: the same items and seed give the same weights, whatever the number of cores.
/// </summary>
public sealed class FsrsOptimizer
{
    private const int N = FsrsParameters.Count;

    // Spread of each weight across users (fsrs-rs PARAMS_STDDEV): the pull toward the start is weaker where users differ more.
    private static readonly double[] Spread =
    [
        6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25, 1.03, 0.31, 0.32, 0.14, 0.27,
    ];

    // Each batch is cut into this many fixed chunks, summed in order, so parallelism never changes the result.
    private const int Chunks = 8;

    /// <summary>Creates an optimizer.</summary>
    public FsrsOptimizer(FsrsOptimizerOptions? options = null) => Options = options ?? new FsrsOptimizerOptions();

    /// <summary>The settings.</summary>
    public FsrsOptimizerOptions Options { get; }

    /// <summary>Reports each finished epoch (1-based) with the elapsed time; for progress bars and the benchmark.</summary>
    public event Action<int, TimeSpan>? EpochCompleted;

    /// <summary>The fitted weights.</summary>
    /// <param name="items">Training items, oldest target first.</param>
    /// <param name="cancellationToken">Stops between batches.</param>
    /// <exception cref="InvalidOperationException">No card was reviewed on a later day than its first.</exception>
    public FsrsParameters Fit(IReadOnlyList<TrainingItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var w = FsrsParameters.Default.Weights.ToArray();
        InitialStabilityFitter.Fit(items).CopyTo(w, 0);
        if (!Options.ShortTerm)
        {
            w[17] = w[18] = w[19] = 0;
        }

        ParameterClipper.Clip(w, Options.ShortTerm, Options.RelearningSteps);
        var start = w.ToArray();
        var weights = RecencyWeights(items.Count);
        var batches = Batches(items, weights);
        var totalSteps = (items.Count / Options.BatchSize + 1) * Options.Epochs;
        var adam = new AdamStep(N);
        var random = new Random(Options.Seed);
        var gradient = new double[N];
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var step = 0;
        for (var epoch = 1; epoch <= Options.Epochs; epoch++)
        {
            random.Shuffle(batches);
            foreach (var batch in batches)
            {
                cancellationToken.ThrowIfCancellationRequested();
                BatchGradient(w, batch, gradient);
                AddRegularization(w, start, batch.Count, items.Count, gradient);
                if (!Options.ShortTerm)
                {
                    gradient[17] = gradient[18] = gradient[19] = 0;
                }

                var learningRate = Options.LearningRate * (1 + Math.Cos(Math.PI * step / totalSteps)) / 2;
                adam.Apply(w, gradient, learningRate);
                ParameterClipper.Clip(w, Options.ShortTerm, Options.RelearningSteps);
                step++;
            }

            EpochCompleted?.Invoke(epoch, clock.Elapsed);
        }

        var ordered = InitialStabilitySmoother.SmoothAndFill([w[0], w[1], w[2], w[3]], [1, 1, 1, 1]);
        ordered.CopyTo(w, 0);
        return FsrsParameters.From(w);
    }

    /// <summary>The weighted training loss of <paramref name="parameters"/> on <paramref name="items"/> (mean, without the pull).</summary>
    public double Loss(FsrsParameters parameters, IReadOnlyList<TrainingItem> items)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(items);
        var w = parameters.Weights.AsSpan();
        var weights = RecencyWeights(items.Count);
        double sum = 0, total = 0;
        for (var i = 0; i < items.Count; i++)
        {
            sum += weights[i] * FsrsLoss.Of(FsrsGradient.Predict(w, items[i], []), items[i].Recalled);
            total += weights[i];
        }

        return total == 0 ? 0 : sum / total;
    }

    /// <summary>The gradient of the summed weighted loss of <paramref name="batch"/> (without the pull), into <paramref name="gradient"/>.</summary>
    public static void BatchGradient(ReadOnlySpan<double> w, IReadOnlyList<(TrainingItem Item, double Weight)> batch, Span<double> gradient)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var weights = w.ToArray();
        var partial = new double[Chunks][];
        var size = (batch.Count + Chunks - 1) / Chunks;
        Parallel.For(0, Chunks, chunk =>
        {
            var sum = new double[N];
            Span<double> scratch = stackalloc double[N];
            for (var i = chunk * size; i < Math.Min(batch.Count, (chunk + 1) * size); i++)
            {
                FsrsLoss.Accumulate(weights, batch[i].Item, batch[i].Weight, scratch, sum);
            }

            partial[chunk] = sum;
        });
        gradient.Clear();
        foreach (var sum in partial)
        {
            for (var j = 0; j < N; j++)
            {
                gradient[j] += sum[j];
            }
        }
    }

    private void AddRegularization(ReadOnlySpan<double> w, ReadOnlySpan<double> start, int batchSize, int total, Span<double> gradient)
    {
        var scale = Options.Regularization * batchSize / total;
        for (var j = 0; j < N; j++)
        {
            gradient[j] += scale * 2 * (w[j] - start[j]) / (Spread[j] * Spread[j]);
        }
    }

    private double[] RecencyWeights(int count)
    {
        var weights = new double[count];
        for (var i = 0; i < count; i++)
        {
            weights[i] = !Options.RecencyWeighting || count < 2 ? 1 : 0.25 + 0.75 * Math.Pow((double)i / (count - 1), 3);
        }

        return weights;
    }

    // Items of similar length share a batch, as in fsrs-rs, so a batch costs about the same to replay throughout.
    private List<(TrainingItem Item, double Weight)>[] Batches(IReadOnlyList<TrainingItem> items, double[] weights) =>
        [.. items.Select((item, i) => (Item: item, Weight: weights[i]))
            .Where(x => x.Item.Length <= Options.MaxSequenceLength)
            .OrderBy(x => x.Item.Length)
            .Chunk(Options.BatchSize)
            .Select(chunk => chunk.ToList())];
}
