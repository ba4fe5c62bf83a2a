using Viva.Core.Grading;
using Viva.Grading.Training;
using Viva.Semantics.Tests.Support;
using Xunit.Abstractions;

namespace Viva.Semantics.Tests;

/// <summary>
/// The shipped grader's per-key-point verdicts on the development probe sets <c>probes-3.tsv</c> to <c>probes-15.tsv</c>:
/// short answers on questions no fitted or held-out set uses, each set written after the one before it had been read.
/// Their errors are read while readings are written, so their figure is no held-out one; each set's first reading, taken
/// before any reading was written against it, is (see the sets' READMEs).
/// </summary>
public sealed class DevelopmentProbeJudgementTests(ITestOutputHelper output)
{
    private static readonly Lazy<List<(string Set, KeyPointCase Case, UnitJudgement Judged)>> Judged = new(() =>
    {
        var grader = HybridGrader.Create(() => SharedEncoder.Instance);
        return [.. RepoPaths.DevelopmentProbeSets.SelectMany(set => KeyPointSet.Load(set, Bank.All).Select(c => (Path.GetFileName(set), c, grader.Analyze(c.Request).Units[c.Point])))];
    });

    // Measured 0.817 (639 of 782: 64/70, 61/71, 47/58, 37/46, 39/45, 54/64, 47/62, 38/57, 56/66, 38/51, 62/73, 49/58,
    // 49/61) after the readings written against probes-13 to probes-15, whose first readings were 52 of 73, 39 of 58 and
    // 43 of 61; the thirteen sets' first readings, each before any reading was written against it, came to 552 of 782
    // (0.706). The floor sits under the measured figure, so a reading that undoes another fails here.
    private const double MinAccuracy = 0.8;

    [Fact]
    public void Should_Judge_The_Development_Probes_With_The_Measured_Accuracy()
    {
        // Given
        var judged = Judged.Value;

        // When
        var right = judged.Count(j => j.Judged.Covered == j.Case.Covered);
        var accuracy = right / (double)judged.Count;

        // Then
        output.WriteLine($"{judged.Count} development probes: {right} judged right ({accuracy:F3})");
        foreach (var set in judged.GroupBy(j => j.Set).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {set.Key}: {set.Count(j => j.Judged.Covered == j.Case.Covered)}/{set.Count()} right");
        }

        Assert.True(judged.Count >= 775, $"only {judged.Count} development probes");
        Assert.True(accuracy >= MinAccuracy, $"development probe accuracy {accuracy:F3} is below {MinAccuracy}");
    }

    [Fact]
    public void Should_Probe_Only_Questions_No_Fitted_Or_Held_Out_Set_Uses()
    {
        // Given
        var seen = new[] { RepoPaths.KeyPointSet, RepoPaths.ProbeSet, RepoPaths.ProbeSet2 }.SelectMany(p => KeyPointSet.Load(p, Bank.All))
            .Select(c => c.Question).ToHashSet(StringComparer.Ordinal);

        // When
        var shared = Judged.Value.Select(j => j.Case.Question).Where(seen.Contains).Distinct().ToList();

        // Then
        Assert.Empty(shared);
    }
}
