namespace Viva.Core.Linking;

public sealed partial class DuplicateLinker
{
    /// <summary>
    /// Two imported questions that share a blocking key and clear the word floor, joined when the pair model says so
    /// (<see cref="PairFeatures"/>): by meaning, words and the curated question nearest each.
    /// </summary>
    private List<(int A, int B, float Score)> PairLinks(SimilarityModel model, IReadOnlyList<string> texts, bool[] curated, Embeddings embeddings)
    {
        var floor = _options.MeaningPairFloor;
        var pairs = BlockedPairs(model, curated).Where(p => !curated[p.A] && model.ScoreAtLeast(p.A, p.B, floor) >= floor).ToList();
        var heads = Enumerable.Range(0, curated.Length).Where(c => curated[c]).ToArray();
        var nearest = new Dictionary<int, int>();
        int NearestCurated(int i)
        {
            if (!nearest.TryGetValue(i, out var c))
            {
                nearest[i] = c = PairFeatures.NearestCurated(heads, embeddings.Questions, i);
            }

            return c;
        }

        var edges = new List<(int, int, float)>();
        foreach (var (a, b) in pairs)
        {
            var sides = PairSides.For(embeddings, a, b, NearestCurated(a), NearestCurated(b));
            var p = Model.Pair.Probability(PairFeatures.Of(model, texts, a, b, sides));
            if (p >= Model.PairThreshold)
            {
                edges.Add((a, b, (float)p));
            }
        }

        return edges;
    }
}
