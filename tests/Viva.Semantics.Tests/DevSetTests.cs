using Viva.Core.Grading;
using Viva.Grading.Training;
using Viva.Semantics.Tests.Support;
using Xunit.Abstractions;

namespace Viva.Semantics.Tests;

/// <summary>The hybrid grader's score against the hand-scored dev sets, shipped and with folds held out by question.</summary>
public sealed class DevSetTests(ITestOutputHelper output)
{
    private static readonly Lazy<(FeatureTable Table, List<double> Human)> Measured = new(() =>
    {
        var dev = RepoPaths.DevSets.SelectMany(p => DevSet.Load(p, Bank.All)).ToList();
        var table = FeatureTable.BuildHybrid(dev, HybridGrader.Create(() => SharedEncoder.Instance));
        return (table, [.. dev.Select(e => e.Target * 5)]);
    });

    [Fact]
    public void Should_Correlate_With_Human_Scores_On_Questions_Held_Out_Of_The_Fit()
    {
        // Given
        var (table, human) = Measured.Value;

        // When
        var heldOut = Trainer.CrossValidate(table, null, _ => 1.0).Select(p => LexicalGrader.Round(5 * p)).ToList();
        var shipped = table.Features.Select(f => LexicalGrader.Round(HybridModel.Shipped.Score(f, fromKeyPoints: true))).ToList();
        var (r, rShipped) = (Metrics.Pearson(heldOut, human), Metrics.Pearson(shipped, human));

        // Then
        output.WriteLine($"{table.Count} answers to {table.Examples.Select(e => e.Group).Distinct().Count()} questions: r {r:F3} held out by question ({Trainer.Folds} folds), r {rShipped:F3} shipped");
        Assert.True(table.Count >= 300);
        Assert.True(r >= 0.8, $"question-held-out r {r:F3} is below 0.8");
        Assert.True(rShipped >= 0.8, $"shipped r {rShipped:F3} is below 0.8");
    }

    [Fact]
    public void Should_Score_Every_Wrong_Answer_Below_Every_Excellent_One()
    {
        // Given
        var (table, human) = Measured.Value;
        var shipped = table.Features.Select(f => LexicalGrader.Round(HybridModel.Shipped.Score(f, fromKeyPoints: true))).ToList();

        // When
        var failures = Enumerable.Range(0, table.Count).GroupBy(i => table.Examples[i].Group)
            .Where(g => g.Any(i => human[i] <= 1) && g.Any(i => human[i] >= 4.5)
                && g.Where(i => human[i] <= 1).Max(i => shipped[i]) >= g.Where(i => human[i] >= 4.5).Min(i => shipped[i]))
            .Select(g => g.Key)
            .ToList();

        // Then
        Assert.True(failures.Count <= 1, "questions where a wrong answer scores at least an excellent one: " + string.Join(", ", failures));
    }
}
