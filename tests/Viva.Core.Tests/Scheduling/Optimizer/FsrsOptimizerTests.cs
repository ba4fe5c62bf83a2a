using Viva.Core.Scheduling.Fsrs;
using Viva.Core.Scheduling.Fsrs.Optimizer;
using Xunit.Abstractions;

namespace Viva.Core.Tests.Scheduling.Optimizer;

public sealed class FsrsOptimizerTests(ITestOutputHelper output)
{
    [Fact]
    public void Fitted_weights_beat_the_defaults_on_the_later_fifth_of_a_real_log()
    {
        // Given
        var (training, test) = FsrsOptimization.Split(OptimizerData.Real.Items);

        // When
        var fitted = new FsrsOptimizer().Fit(training);

        // Then
        var before = FsrsEvaluator.Evaluate(FsrsParameters.Default, test);
        var after = FsrsEvaluator.Evaluate(fitted, test);
        output.WriteLine($"{OptimizerData.Real.Reviews} reviews, {training.Count} training items, {test.Count} held out");
        output.WriteLine($"defaults: log loss {before.LogLoss:F4}, RMSE(bins) {before.RmseBins:F4}");
        output.WriteLine($"fitted:   log loss {after.LogLoss:F4}, RMSE(bins) {after.RmseBins:F4}");
        output.WriteLine("w = " + string.Join(", ", fitted.Weights.Select(w => w.ToString("0.####"))));
        Assert.True(after.LogLoss < before.LogLoss, $"log loss {after.LogLoss} vs {before.LogLoss}");
        Assert.True(after.RmseBins < before.RmseBins, $"RMSE(bins) {after.RmseBins} vs {before.RmseBins}");
    }

    [Fact]
    public void The_same_seed_gives_the_same_weights()
    {
        // Given
        var items = OptimizerData.Real.Items;

        // When
        var first = new FsrsOptimizer(new FsrsOptimizerOptions { Seed = 42 }).Fit(items);
        var second = new FsrsOptimizer(new FsrsOptimizerOptions { Seed = 42 }).Fit(items);

        // Then
        Assert.Equal(first.Weights.ToArray(), second.Weights.ToArray());
        Assert.NotEqual(FsrsParameters.Default.Weights.ToArray(), first.Weights.ToArray());
    }

    [Fact]
    public void Weights_a_synthetic_learner_remembers_with_are_recovered()
    {
        // Given
        var set = OptimizerData.Synthetic;
        var truth = OptimizerData.Truth;

        // When
        var fitted = new FsrsOptimizer().Fit(set.Items);

        // Then
        var predictionGap = set.Items.Average(i => Math.Abs(FsrsGradient.Predict(fitted.Weights.AsSpan(), i, []) - FsrsGradient.Predict(truth.Weights.AsSpan(), i, [])));
        var defaultGap = set.Items.Average(i => Math.Abs(FsrsGradient.Predict(FsrsParameters.Default.Weights.AsSpan(), i, []) - FsrsGradient.Predict(truth.Weights.AsSpan(), i, [])));
        var optimizer = new FsrsOptimizer();
        var (trueLoss, fittedLoss, defaultLoss) = (optimizer.Loss(truth, set.Items), optimizer.Loss(fitted, set.Items), optimizer.Loss(FsrsParameters.Default, set.Items));
        output.WriteLine($"{set.Reviews} reviews; mean |R fitted - R true| {predictionGap:F4} (defaults {defaultGap:F4})");
        output.WriteLine($"loss: true {trueLoss:F5}, fitted {fittedLoss:F5}, defaults {defaultLoss:F5}");
        for (var j = 0; j < FsrsParameters.Count; j++)
        {
            output.WriteLine($"w{j}: true {truth[j]:0.###}, fitted {fitted[j]:0.###}, default {FsrsParameters.Default[j]:0.###}");
        }

        // Only some weights are identifiable from a log of this size: the fit must predict like the truth does,
        // score as well on the log, and find the initial stabilities and the curve's decay.
        Assert.True(predictionGap < 0.015, $"mean prediction gap {predictionGap}");
        Assert.True(fittedLoss <= trueLoss + 0.001, $"loss {fittedLoss} vs {trueLoss}");
        for (var j = 0; j < 4; j++)
        {
            Assert.True(Math.Abs(fitted[j] / truth[j] - 1) < 0.25, $"w{j}: {fitted[j]} vs {truth[j]}");
        }

        Assert.True(Math.Abs(fitted[20] - truth[20]) < 0.05, $"w20: {fitted[20]} vs {truth[20]}");
    }
}
