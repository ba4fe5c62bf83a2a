using Viva.Core.Scheduling;
using Viva.Core.Scheduling.Fsrs;
using Viva.Core.Scheduling.Fsrs.Optimizer;

namespace Viva.Core.Tests.Scheduling.Optimizer;

public sealed class FsrsGradientTests
{
    public static TheoryData<int> Items => [.. Enumerable.Range(0, OptimizerData.Branches.Count)];

    // Weights away from every bound, so a small nudge never meets a clamp.
    private static readonly double[] Weights =
    [
        0.5, 1.5, 3.0, 9.0, 6.0, 0.7, 2.0, 0.05, 1.5, 0.2, 0.9, 1.6, 0.1, 0.3, 1.5, 0.55, 1.8, 0.5, 0.15, 0.1, 0.25,
    ];

    [Theory]
    [MemberData(nameof(Items))]
    public void Prediction_matches_replaying_the_model(int index)
    {
        // Given
        var item = OptimizerData.Branches[index];
        var model = new FsrsModel(FsrsParameters.From(Weights));
        var history = Enumerable.Range(0, item.Length - 1).Select(i => ((Rating)item.Card.Ratings[i], (double)item.Card.ElapsedDays[i]));

        // When
        var predicted = FsrsGradient.Predict(Weights, item, []);

        // Then
        var expected = model.Retrievability(item.TargetElapsedDays, model.Replay(history)!.Value.Stability);
        Assert.Equal(expected, predicted, 12);
    }

    [Theory]
    [MemberData(nameof(Items))]
    public void Gradient_matches_central_finite_differences(int index)
    {
        // Given
        var item = OptimizerData.Branches[index];
        var gradient = new double[FsrsParameters.Count];

        // When
        FsrsGradient.Predict(Weights, item, gradient);

        // Then
        for (var j = 0; j < FsrsParameters.Count; j++)
        {
            const double h = 1e-6;
            var up = Weights.ToArray();
            var down = Weights.ToArray();
            up[j] += h;
            down[j] -= h;
            var numeric = (FsrsGradient.Predict(up, item, []) - FsrsGradient.Predict(down, item, [])) / (2 * h);
            Assert.True(Math.Abs(numeric - gradient[j]) <= 1e-6 + 1e-5 * Math.Abs(numeric), $"w{j}: analytic {gradient[j]}, numeric {numeric}");
        }
    }

    [Fact]
    public void Batch_gradient_matches_finite_differences_of_the_summed_loss()
    {
        // Given
        var batch = OptimizerData.Synthetic.Items.Take(300).Select(i => (i, 1.0)).ToList();
        var gradient = new double[FsrsParameters.Count];
        double Loss(double[] w) => batch.Sum(b => FsrsLoss.Of(FsrsGradient.Predict(w, b.i, []), b.i.Recalled));

        // When
        FsrsOptimizer.BatchGradient(Weights, batch, gradient);

        // Then
        for (var j = 0; j < FsrsParameters.Count; j++)
        {
            const double h = 1e-6;
            var up = Weights.ToArray();
            var down = Weights.ToArray();
            up[j] += h;
            down[j] -= h;
            var numeric = (Loss(up) - Loss(down)) / (2 * h);
            Assert.True(Math.Abs(numeric - gradient[j]) <= 1e-4 + 1e-4 * Math.Abs(numeric), $"w{j}: analytic {gradient[j]}, numeric {numeric}");
        }
    }
}
