using Viva.Linking.Training;
using Viva.Semantics.Tests.Support;
using Xunit.Abstractions;

namespace Viva.Semantics.Tests;

/// <summary>
/// Hybrid search over the curated bank, measured on the natural-language probes of <c>tests/fixtures/search/probes.tsv</c>:
/// hit@1, hit@3 and MRR for the tuning half (which ranking was chosen on) and the held-out half (which it was not).
/// </summary>
public sealed class SearchQualityTests(ITestOutputHelper output)
{
    // Floors a little under the last measurement (tuning 0.963 / 0.975 / 0.971, held-out 0.885 / 0.949 / 0.914),
    // so that a regression of two or three probes fails while the noise of a re-encoded bank does not.
    private static readonly SearchFigures TuningFloor = new(0, 0.93, 0.95, 0.94);
    private static readonly SearchFigures HeldOutFloor = new(0, 0.84, 0.91, 0.88);

    // Without the encoder (last measured: tuning 0.812 / 0.938 / 0.872, held-out 0.731 / 0.859 / 0.796).
    private static readonly SearchFigures WordsHeldOutFloor = new(0, 0.69, 0.82, 0.76);

    [Fact]
    public async Task Should_Find_What_Natural_Queries_Mean_On_Both_Halves()
    {
        // Given
        var probes = SearchProbes.Load();
        using var evaluation = await SearchEvaluation.OpenAsync(SharedEncoder.Instance);

        // When
        var (tuning, heldOut, all) = SearchEvaluation.Summarise(await evaluation.RunAsync(probes));

        // Then
        output.WriteLine($"tuning   {tuning}");
        output.WriteLine($"held-out {heldOut}");
        output.WriteLine($"all      {all}");
        AssertAbove(TuningFloor, tuning);
        AssertAbove(HeldOutFloor, heldOut);
    }

    [Fact]
    public async Task Should_Still_Find_Most_By_Words_Alone_Without_The_Encoder()
    {
        // Given
        var probes = SearchProbes.Load();
        using var evaluation = await SearchEvaluation.OpenAsync(encoder: null);

        // When
        var (tuning, heldOut, _) = SearchEvaluation.Summarise(await evaluation.RunAsync(probes));

        // Then
        output.WriteLine($"words only: tuning {tuning}; held-out {heldOut}");
        AssertAbove(WordsHeldOutFloor, heldOut);
    }

    [Fact]
    public void Should_Accept_Only_Curated_Questions_And_Split_The_Probes_Into_Two_Halves()
    {
        // Given
        var probes = SearchProbes.Load();
        var ids = Corpus.Curated().Select(q => q.Curated!.Id).ToHashSet(StringComparer.Ordinal);

        // Then
        Assert.True(probes.Count >= 80, $"{probes.Count} probes");
        Assert.All(probes.SelectMany(p => p.Accept), id => Assert.Contains(id, ids));
        Assert.Equal(probes.Count, probes.Select(p => p.Query).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.InRange(probes.Count(p => p.Tuning), probes.Count * 2 / 5, probes.Count * 3 / 5);
    }

    private static void AssertAbove(SearchFigures floor, SearchFigures measured)
    {
        Assert.True(measured.HitAt1 >= floor.HitAt1, $"hit@1 {measured.HitAt1:F3} < {floor.HitAt1}");
        Assert.True(measured.HitAt3 >= floor.HitAt3, $"hit@3 {measured.HitAt3:F3} < {floor.HitAt3}");
        Assert.True(measured.Mrr >= floor.Mrr, $"MRR {measured.Mrr:F3} < {floor.Mrr}");
    }
}
