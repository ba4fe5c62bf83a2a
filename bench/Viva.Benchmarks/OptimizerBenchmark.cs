using System.Diagnostics;
using Viva.Core.Scheduling.Fsrs;
using Viva.Core.Scheduling.Fsrs.Optimizer;

namespace Viva.Benchmarks;

/// <summary>
/// <c>--fsrs</c>: times the FSRS optimizer per epoch and in total on the real 12,580-review log and on a generated
/// log of about a million reviews (a learner with known weights, fixed seed), and prints the held-out figures.
/// </summary>
public static class OptimizerBenchmark
{
    // A learner unlike the defaults, so the fit has somewhere to go.
    private static readonly FsrsParameters Truth = FsrsParameters.From(
    [
        0.6, 2.0, 5.0, 14.0, 5.5, 0.9, 2.2, 0.02, 1.6, 0.12, 1.1, 1.7, 0.08, 0.35, 1.3, 0.5, 2.4, 0.4, 0.2, 0.1, 0.3,
    ]);

    public static void Run(int generatedCards)
    {
        if (RealLogPath() is { } path)
        {
            using var reader = File.OpenText(path);
            var real = TrainingSet.From(ReviewLogCsv.Read(reader), TimeZoneInfo.Utc, 4);
            Measure("real log", real);
        }
        else
        {
            Console.WriteLine("real log: ../shared/data/fsrs not found, skipped");
        }

        var watch = Stopwatch.StartNew();
        var log = SyntheticReviewLog.Generate(Truth, generatedCards, days: 3 * 365, seed: 2024);
        var generated = TrainingSet.From(log, TimeZoneInfo.Utc, 4);
        Console.WriteLine($"generated log: {generated.Reviews:N0} reviews of {generated.Cards.Count:N0} cards built in {watch.Elapsed.TotalSeconds:F1} s");
        Measure("generated log", generated);
    }

    // Times the fit to every review (what is applied), epoch by epoch, then the held-out fit and its figures.
    private static void Measure(string name, TrainingSet set)
    {
        var optimizer = new FsrsOptimizer();
        var previous = TimeSpan.Zero;
        var epochs = new List<double>();
        optimizer.EpochCompleted += (_, elapsed) =>
        {
            epochs.Add((elapsed - previous).TotalSeconds);
            previous = elapsed;
        };
        var watch = Stopwatch.StartNew();
        optimizer.Fit(set.Items);
        var total = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"{name}: {set.Reviews:N0} reviews, {set.Items.Count:N0} items; fit to all {total:F2} s " +
            $"(epochs {string.Join(" / ", epochs.Select(e => e.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)))} s; mean {epochs.Average():F2} s)");

        var (training, test) = FsrsOptimization.Split(set.Items);
        watch.Restart();
        var fitted = new FsrsOptimizer().Fit(training);
        var heldOutFit = watch.Elapsed.TotalSeconds;
        var before = FsrsEvaluator.Evaluate(FsrsParameters.Default, test);
        var after = FsrsEvaluator.Evaluate(fitted, test);
        Console.WriteLine($"  fit to the earlier 80% {heldOutFit:F2} s; on the later {test.Count:N0}: " +
            $"log loss {before.LogLoss:F4} -> {after.LogLoss:F4}, RMSE(bins) {before.RmseBins:F4} -> {after.RmseBins:F4} (defaults -> fitted)");
    }

    private static string? RealLogPath()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Viva.slnx")))
        {
            directory = directory.Parent;
        }

        var folder = directory is null ? null : Path.Combine(directory.FullName, "..", "shared", "data", "fsrs");
        return folder is not null && Directory.Exists(folder) ? Directory.GetFiles(folder, "review_logs_*.csv").FirstOrDefault() : null;
    }
}
