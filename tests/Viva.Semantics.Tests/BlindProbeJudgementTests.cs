using Viva.Core.Grading;
using Viva.Grading.Training;
using Viva.Semantics.Tests.Support;
using Xunit.Abstractions;

namespace Viva.Semantics.Tests;

/// <summary>
/// The shipped grader's per-key-point verdicts on <c>tests/fixtures/grading/probes-2.tsv</c>: a second held-out probe set,
/// written and labelled blind before the grader was first run on it, on questions that neither the fitted judgements
/// (<c>keypoints.tsv</c>) nor the first probe set use. Only its figure is reported; its errors are not read.
/// </summary>
public sealed class BlindProbeJudgementTests(ITestOutputHelper output)
{
    private static readonly Lazy<List<(KeyPointCase Case, UnitJudgement Judged)>> Judged = new(() =>
    {
        var grader = HybridGrader.Create(() => SharedEncoder.Instance);
        return [.. KeyPointSet.Load(RepoPaths.ProbeSet2, Bank.All).Select(c => (c, grader.Analyze(c.Request).Units[c.Point]))];
    });

    // Measured 0.700 (98 of 140: 28/35, 21/30, 10/10, 25/35, 14/30) with the model refitted with answers about other
    // topics as unstated points, after 0.707 (99 of 140) before that refit. Measured 0.621 (87 of 140) with the shipped model when the set was added (paraphrase 29/35, negation-ok 22/30,
    // terse 10/10, negation 15/35, swap 11/30), and 0.671 (94 of 140) after the closer negation, swap and paraphrase
    // readings (30/35, 22/30, 9/10, 18/35, 15/30), and 0.671 again (28/35, 22/30, 10/10, 19/35, 15/30) after the
    // direction, comparison and false-miss readings with the model fitted on 934 judgements, and 0.657 (92 of 140: 28/35,
    // 20/30, 10/10, 19/35, 15/30) after the order and role readings with the model fitted on 1023, and 0.664 (93 of 140:
    // 27/35, 20/30, 10/10, 21/35, 15/30) after the readings by meaning, fitted on 1103 (94 when refitted with the contrast,
    // foil and kind readings), and 0.664 again (93: 27/35, 20/30, 10/10, 21/35, 15/30) after the direction readings,
    // fitted on 1126, and 0.671 (94: 26/35, 21/30, 10/10, 23/35, 14/30) after the clause-pairing and subject readings,
    // fitted on 1160, and 0.671 (94: 26/35, 21/30, 10/10, 22/35, 15/30) after the veto readings, fitted on 1184 with the bank's idf
    // relearnt for one new question (93 in a fit before that relearning), and 0.693 (97: 29/35, 23/30, 10/10, 21/35, 14/30)
    // after the denied-change, dependence, size and "goes up" readings, refitted on 1184 (94 with those readings and the
    // model fitted before them), and 0.693 again (97: 29/35, 23/30, 10/10, 22/35, 13/30) after the setting, action,
    // term-exchange, possessor and counted-word readings, the feature for a passage of the point's own and the threshold
    // rule, refitted on 1208, and 0.700 (98: 29/35, 23/30, 10/10, 22/35, 14/30) after the readings of 2026-12-07, refitted
    // on 1237, and 0.707 (99: 29/35, 23/30, 10/10, 23/35, 14/30) with the same model after the readings written against the
    // development sets probes-3 to probes-7 later that day; 0.700 (98) still after those written against probes-8 and
    // probes-9, which moved none of its verdicts. The floor sits under it.
    private const double MinAccuracy = 0.65;

    [Fact]
    public void Should_Judge_The_Blind_Probes_With_The_Measured_Accuracy()
    {
        // Given
        var judged = Judged.Value;

        // When
        var right = judged.Count(j => j.Judged.Covered == j.Case.Covered);
        var accuracy = right / (double)judged.Count;

        // Then
        output.WriteLine($"{judged.Count} blind probes: {right} judged right ({accuracy:F3})");
        foreach (var kind in judged.GroupBy(j => j.Case.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {kind.Key}: {kind.Count(j => j.Judged.Covered == j.Case.Covered)}/{kind.Count()} right");
        }

        Assert.True(judged.Count >= 120, $"only {judged.Count} blind probes");
        Assert.True(accuracy >= MinAccuracy, $"blind probe accuracy {accuracy:F3} is below {MinAccuracy}");
    }

    [Fact]
    public void Should_Probe_Only_Questions_Neither_The_Fitted_Judgements_Nor_The_First_Probes_Use()
    {
        // Given
        var seen = KeyPointSet.Load(RepoPaths.KeyPointSet, Bank.All).Concat(KeyPointSet.Load(RepoPaths.ProbeSet, Bank.All))
            .Select(c => c.Question).ToHashSet(StringComparer.Ordinal);

        // When
        var shared = Judged.Value.Select(j => j.Case.Question).Where(seen.Contains).Distinct().ToList();

        // Then
        Assert.Empty(shared);
    }
}
