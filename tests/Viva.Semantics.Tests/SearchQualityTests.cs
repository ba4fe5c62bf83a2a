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
    // Floors a little under the last measurement (tuning 0.963 / 0.988 / 0.978, held-out 0.872 / 0.987 / 0.923),
    // so that a regression of two or three probes fails while the noise of a re-encoded bank does not.
    private static readonly SearchFigures TuningFloor = new(0, 0.93, 0.95, 0.94);
    private static readonly SearchFigures HeldOutFloor = new(0, 0.84, 0.95, 0.89);

    // The second set, read whole (last measured 0.904 / 0.986 / 0.939; 0.863 / 0.938 / 0.899 when first run).
    private static readonly SearchFigures SecondSetFloor = new(0, 0.87, 0.95, 0.91);

    // Without the encoder (last measured: tuning 0.812 / 0.938 / 0.868, held-out 0.718 / 0.846 / 0.783).
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
    public async Task Should_Find_What_The_Second_Set_Of_Queries_Mean()
    {
        // Given
        var probes = SearchProbes.Load(SearchProbes.PathOf("probes-2.tsv"));
        using var evaluation = await SearchEvaluation.OpenAsync(SharedEncoder.Instance);

        // When
        var all = SearchFigures.Of(await evaluation.RunAsync(probes));

        // Then
        output.WriteLine($"second set {all}");
        Assert.True(probes.Count >= 140, $"{probes.Count} probes");
        AssertAbove(SecondSetFloor, all);
    }

    [Theory]
    [InlineData("bleu and rouge", "nlp-evaluation-metrics")]
    [InlineData("silhouette score", "kmeans-choose-k")]
    [InlineData("cosine annealing with warmup", "dl-learning-rate-schedules")]
    [InlineData("intersection over union", "cv-iou-calc")]
    public async Task Should_Let_The_Words_Lead_When_The_Encoder_Finds_Nothing_Near_The_Query(string query, string expected)
    {
        // Given: queries of names the encoder does not know, whose nearest questions by meaning are far and wrong
        using var evaluation = await SearchEvaluation.OpenAsync(SharedEncoder.Instance);

        // When
        var outcome = (await evaluation.RunAsync([new SearchProbe(query, [expected], Tuning: false)]))[0];

        // Then
        Assert.True(outcome.Rank == 1, $"{query}: {string.Join(", ", outcome.Top.Take(3))}");
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
        var second = SearchProbes.Load(SearchProbes.PathOf("probes-2.tsv"));
        var ids = Corpus.Curated().Select(q => q.Curated!.Id).ToHashSet(StringComparer.Ordinal);

        // Then
        Assert.True(probes.Count >= 80, $"{probes.Count} probes");
        Assert.All(probes.Concat(second).SelectMany(p => p.Accept), id => Assert.Contains(id, ids));
        Assert.Empty(second.Select(p => p.Query).Intersect(probes.Select(p => p.Query), StringComparer.OrdinalIgnoreCase));
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
