using Viva.Core.Grading;
using Viva.Grading.Training;
using Viva.Semantics.Tests.Support;
using Xunit.Abstractions;

namespace Viva.Semantics.Tests;

/// <summary>Per key point, the shipped grader against the hand-labelled judgements in <c>tests/fixtures/grading/keypoints.tsv</c>.</summary>
public sealed class KeyPointJudgementTests(ITestOutputHelper output)
{
    private static readonly Lazy<List<(KeyPointCase Case, UnitJudgement Judged)>> Judged = new(() =>
    {
        var grader = HybridGrader.Create(() => SharedEncoder.Instance);
        return [.. KeyPointSet.Load(RepoPaths.KeyPointSet, Bank.All).Select(c => (c, grader.Analyze(c.Request).Units[c.Point]))];
    });

    // Measured 0.878 and 0.932 with the per-point model refitted on 2026-12-07 with answers about other topics as unstated
    // points (0.875 / 0.919 with folds held out by question; 0.874 / 0.922 after the readings written against probes-8, the
    // shipped model unchanged and its verdicts here the same); 0.880 and 0.930 with the per-point model shipped on 2026-12-07, not refitted, after the dotted-name, bracket,
    // preference, ranking-verb, growth-rate, shared-head and conditional readings of 2026-12-07 (0.881 / 0.929 with folds
    // held out by question); 0.878 and 0.933 with the per-point model on 1237 judgements (0.878 / 0.932 with folds held out by question)
    // after the SQL-keyword, two-part-role, instruction, one-sentence-window and negation readings of 2026-12-07; 0.864 and
    // 0.928 on 1208 judgements of single-claim key points (0.859 / 0.902 with folds held out by question) after the setting, action, term-exchange, possessor and counted-word readings, the
    // feature for a passage of the point's own and the threshold rule that keeps the lowest of near-equal thresholds;
    // 0.849 / 0.922 on 1184 before them (0.844 / 0.873 with folds held out by question; 0.839 / 0.858 shipped and 0.836 / 0.866 held out before the denied-change, dependence,
    // size and "goes up" readings; on the first 1160, 0.837 / 0.850 before the veto readings; on the former 1103, 0.836 / 0.862, 0.832 / 0.843 before the direction readings and the
    // clause-pairing reading, 0.821 / 0.836 before the contrast, foil and kind readings; on the first 748, 0.889 / 0.839,
    // and 0.847 / 0.839 before the direction, comparison and false-miss readings). The 137 after row 1023 are mostly
    // negations by meaning and swaps and pull precision down; the goal is 0.9 for both.
    // The set is hard on purpose: over half its negative cases reuse the key point's words in a swapped or negated
    // relation, and over half its positive cases are paraphrases with few words in common.
    private const double MinPrecision = 0.83;
    private const double MinRecall = 0.88;

    [Fact]
    public void Should_Say_Covered_With_The_Measured_Precision_And_Recall()
    {
        // Given
        var judged = Judged.Value;

        // When
        var tp = judged.Count(j => j.Judged.Covered && j.Case.Covered);
        var fp = judged.Count(j => j.Judged.Covered && !j.Case.Covered);
        var fn = judged.Count(j => !j.Judged.Covered && j.Case.Covered);
        var precision = tp / (double)(tp + fp);
        var recall = tp / (double)(tp + fn);

        // Then
        output.WriteLine($"{judged.Count} judgements: precision {precision:F3}, recall {recall:F3}");
        foreach (var kind in judged.GroupBy(j => j.Case.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {kind.Key}: {kind.Count(j => j.Judged.Covered == j.Case.Covered)}/{kind.Count()} right");
        }

        Assert.True(judged.Count >= 300, $"only {judged.Count} judgements");
        Assert.True(precision >= MinPrecision, $"precision of 'covered' {precision:F3} is below {MinPrecision}");
        Assert.True(recall >= MinRecall, $"recall of 'covered' {recall:F3} is below {MinRecall}");
        var byWords = judged.Count(j => j.Judged.Lexical.Covered && j.Case.Covered) / (double)judged.Count(j => j.Case.Covered);
        Assert.True(recall > byWords + 0.3, $"meaning should add recall over words alone ({byWords:F3})");
    }

    // Measured with the shipped model: 181 of 220 negated answers not credited (179 of the first 216), 87 of 93 harmless
    // negations credited on 1237 after the readings of 2026-12-07; 172 of 216 and 86 of 93 on 1208 after the readings above (on 1184, 168 of 213 and 82 of 91 before them; 165
    // and 74 before the denied-change, dependence, size and "goes up" readings; 160 of
    // 208 and 77 of 89 with the model fitted on 1160 before the veto readings; refitted on 1184, 73 of those 89). Of
    // the 102 negations added after the first 92, most deny the point by meaning with no negator or listed opposite
    // ("needs the most splits" for "isolated quickly"); the rate, quantifier and number readings catch some of them.
    private const double MinNegatedRight = 0.75;
    private const double MinHarmlessRight = 0.85;

    [Fact]
    public void Should_Not_Credit_Negated_Answers_And_Keep_Crediting_Harmless_Negations()
    {
        // Given
        var negated = Judged.Value.Where(j => j.Case.Kind == "negation").ToList();
        var harmless = Judged.Value.Where(j => j.Case.Kind == "negation-ok").ToList();

        // When
        var negatedRight = negated.Count(j => !j.Judged.Covered) / (double)negated.Count;
        var harmlessRight = harmless.Count(j => j.Judged.Covered) / (double)harmless.Count;
        var namedAndCredited = negated.Where(j => j.Judged.Contradicted && j.Judged.Covered).Select(j => $"{j.Case.Question}#{j.Case.Point + 1}").ToList();

        // Then
        output.WriteLine($"{negated.Count} negated: {negatedRight:F3} not credited; {harmless.Count} harmless: {harmlessRight:F3} credited");
        Assert.True(negated.Count >= 90, $"only {negated.Count} negation cases");
        Assert.Empty(namedAndCredited);
        Assert.True(negatedRight >= MinNegatedRight, $"only {negatedRight:F3} of negated answers are not credited");
        Assert.True(harmlessRight >= MinHarmlessRight, $"only {harmlessRight:F3} of harmless negations are credited");
    }

    // Of the points shown missed, the share the labels say are missed: measured 0.950 with folds held out by question on
    // 1184 judgements (0.857 without the doubtful band; 0.947 before the denied-change, dependence, size and "goes up" readings; 0.927 on the first 1160 before the veto readings, 0.928 on the first 1126 before the clause-pairing reading, on the
    // former 1103 0.933, and 0.930 before the direction readings, 0.902 before the contrast, foil and kind readings, 0.843
    // before the false-miss readings).
    private const double MinMissedPrecision = 0.9;

    [Fact]
    public void Should_Show_A_Doubtful_Point_As_Not_Clearly_Stated_Rather_Than_Missed()
    {
        // Given
        var judged = Judged.Value;

        // When
        var notCovered = judged.Where(j => !j.Judged.Covered).ToList();
        var missed = notCovered.Where(j => !j.Judged.Doubtful).ToList();
        var doubtful = notCovered.Where(j => j.Judged.Doubtful).ToList();
        var precisionWithout = notCovered.Count(j => !j.Case.Covered) / (double)notCovered.Count;
        var precision = missed.Count(j => !j.Case.Covered) / (double)missed.Count;

        // Then
        output.WriteLine($"missed {missed.Count} (precision {precision:F3}; {precisionWithout:F3} without the band), not clearly stated {doubtful.Count} ({doubtful.Count(j => j.Case.Covered)} stated)");
        Assert.True(precision >= MinMissedPrecision, $"only {precision:F3} of the points shown missed are missed");
        Assert.True(precision > precisionWithout + 0.03, "the band should take stated points off the missed list");
        Assert.True(doubtful.Count(j => j.Case.Covered) >= doubtful.Count * 0.3, "the band should hold stated points, not mostly missed ones");
        Assert.All(doubtful, j => Assert.False(j.Judged.Contradicted));
    }

    [Fact]
    public void Should_Name_Swaps_As_Contradictions_And_Never_Credit_One_It_Names()
    {
        // Given
        var swaps = Judged.Value.Where(j => j.Case.Kind == "swap").ToList();

        // When
        var credited = swaps.Count(j => j.Judged.Covered);
        var named = swaps.Count(j => j.Judged.Contradicted);
        var namedAndCredited = swaps.Where(j => j.Judged.Contradicted && j.Judged.Covered).Select(j => $"{j.Case.Question}#{j.Case.Point + 1}").ToList();

        // Then
        output.WriteLine($"{swaps.Count} swaps: {credited} credited, {named} named as contradictions");
        Assert.True(swaps.Count >= 30, $"only {swaps.Count} swap cases");
        Assert.Empty(namedAndCredited);
        // Measured 165 of 209 named and 33 credited (163 and 34 before the contrast, foil and kind readings; 162 and 36
        // fitted on 1023; 119 of 153 and 30 before the last 56 swaps and the order and role readings).
        Assert.True(named >= swaps.Count * 0.75, $"only {named} of {swaps.Count} swaps are named as contradictions");
        Assert.True(credited <= swaps.Count * 0.22, $"{credited} of {swaps.Count} swaps are credited as covered");
    }
}
