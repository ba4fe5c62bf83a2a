using Viva.Core.Grading;
using Viva.Grading.Training;
using Viva.Semantics.Tests.Support;
using Xunit.Abstractions;

namespace Viva.Semantics.Tests;

/// <summary>
/// The shipped grader's per-key-point verdicts on whole typed answers (<c>tests/fixtures/grading/full-answers*.tsv</c>):
/// paragraphs of three to eight sentences that cover several points at once, each judged on every point of its question.
/// Every other judgement set pairs a short answer with one point; a long answer that ranges over the whole topic comes
/// close to every point somewhere, which is where a grader credits points never made. The development half's errors are
/// read; the probe half, on other questions, is never fitted on and only its figures are reported.
/// </summary>
public sealed class FullAnswerJudgementTests(ITestOutputHelper output)
{
    private static readonly Lazy<HybridGrader> Grader = new(() => HybridGrader.Create(() => SharedEncoder.Instance));

    // Measured with the model refitted with answers about other topics as unstated points: development 0.717 / 0.843 (8 of
    // 153 said to be contradicted), probes 0.750 / 0.818 (3 of 99). With the same model after the later readings of 2026-12-07: development 0.705 / 0.843 (8 of 153 said to be
    // contradicted), probes 0.757 / 0.818 (3 of 99). With the model fitted on 1237 short judgements after the readings of
    // 2026-12-07: development 0.697 / 0.810 (11 of 153 said to be contradicted), probes 0.757 / 0.818 (3 of 99). With the model fitted on 1208 short judgements,
    // after the per-point feature for a passage of the point's own: development 0.682 / 0.784 (precision / recall of "covered"; 11 of 153 stated points said to be contradicted), probes
    // 0.743 / 0.818 (4 of 99). The goal is 0.9 each; points a long answer leaves out are still credited far too often.
    private const double MinPrecision = 0.70;
    private const double MinRecall = 0.78;
    private const int MaxContradictedStated = 6;

    [Fact]
    public void Should_Judge_The_Held_Out_Whole_Answers_With_The_Measured_Precision_And_Recall()
    {
        // Given
        var judged = Judge(RepoPaths.FullAnswerProbes);

        // When
        var credited = judged.Where(j => j.Judged.Covered).ToList();
        var stated = judged.Where(j => j.Case.Covered).ToList();
        var precision = credited.Count(j => j.Case.Covered) / (double)credited.Count;
        var recall = stated.Count(j => j.Judged.Covered) / (double)stated.Count;
        var contradicted = stated.Count(j => j.Judged.Contradicted);

        // Then
        output.WriteLine($"{judged.Count} whole-answer probes: precision {precision:F3}, recall {recall:F3}; {contradicted} of {stated.Count} stated points said to be contradicted");
        Assert.True(judged.Count >= 150, $"only {judged.Count} whole-answer probes");
        Assert.True(precision >= MinPrecision, $"precision {precision:F3} is below {MinPrecision}");
        Assert.True(recall >= MinRecall, $"recall {recall:F3} is below {MinRecall}");
        Assert.True(contradicted <= MaxContradictedStated, $"{contradicted} stated points said to be contradicted");
    }

    [Fact]
    public void Should_Judge_Every_Point_Of_Each_Whole_Answer()
    {
        // Given: each answer is judged on all its question's points, so a point it leaves out is a labelled "no"
        foreach (var path in new[] { RepoPaths.FullAnswers, RepoPaths.FullAnswerProbes })
        {
            var cases = KeyPointSet.Load(path, Bank.All);

            // When
            var incomplete = cases.GroupBy(c => (c.Question, c.Request.Answer))
                .Where(g => g.Select(c => c.Point).Distinct().Count() != g.First().Request.KeyPoints.Count)
                .Select(g => g.Key.Question).ToList();

            // Then
            Assert.Empty(incomplete);
        }
    }

    [Fact]
    public void Should_Probe_Only_Questions_No_Other_Judgement_Set_Uses()
    {
        // Given
        var seen = new[] { RepoPaths.KeyPointSet, RepoPaths.ProbeSet, RepoPaths.ProbeSet2, RepoPaths.FullAnswers }
            .SelectMany(p => KeyPointSet.Load(p, Bank.All)).Select(c => c.Question).ToHashSet(StringComparer.Ordinal);

        // When
        var shared = KeyPointSet.Load(RepoPaths.FullAnswerProbes, Bank.All).Select(c => c.Question).Where(seen.Contains).Distinct().ToList();

        // Then
        Assert.Empty(shared);
    }

    private static List<(KeyPointCase Case, UnitJudgement Judged)> Judge(string path) =>
        [.. KeyPointSet.Load(path, Bank.All).Select(c => (c, Grader.Value.Analyze(c.Request).Units[c.Point]))];
}
