using Viva.Core.Semantics;
using Viva.Semantics;

namespace Viva.Linking.Training;

/// <summary>
/// Proposes seed question pairs to label: each question's nearest neighbours by meaning, so the set is rich in
/// near-misses, with the curated answers the answer key gives each side as a hint for the labeller.
/// </summary>
public static class PairCandidates
{
    public static int Run(string gold, string output, int count)
    {
        var seeds = Corpus.SeedQuestions();
        var key = File.ReadAllLines(gold).Skip(1).Select(l => l.Split('\t')).ToDictionary(p => (p[0], int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture)), p => p[2]);
        var existing = File.ReadAllLines(Path.Combine(Corpus.Fixtures, "dedupe", "pairs.tsv")).Skip(1).Select(l => l.Split('\t'))
            .SelectMany(p => new[] { (p[1], p[2]), (p[2], p[1]) }).ToHashSet();
        using var model = new MiniLmTextEncoder(threads: Environment.ProcessorCount);
        var encoder = new CachedTextEncoder(model, Corpus.EmbeddingCache);
        var vectors = encoder.Encode([.. seeds.Select(q => q.Text)]);
        var pairs = new Dictionary<(int, int), float>();
        for (var i = 0; i < seeds.Count; i++)
        {
            var near = Enumerable.Range(0, seeds.Count).Where(j => j != i && seeds[j].Text != seeds[i].Text)
                .Select(j => (J: j, Cos: Vectors.Dot(vectors[i], vectors[j]))).OrderByDescending(t => t.Cos).Take(4);
            foreach (var (j, cos) in near)
            {
                if (cos >= 0.55f && !existing.Contains((seeds[i].Text, seeds[j].Text)))
                {
                    pairs[(Math.Min(i, j), Math.Max(i, j))] = cos;
                }
            }
        }

        var random = new Random(7);
        var chosen = pairs.OrderBy(_ => random.Next()).Take(count).OrderByDescending(p => p.Value).ToList();
        using var writer = new StreamWriter(output);
        writer.WriteLine("label\ta\tb\tcurated_a\tcurated_b\tcos");
        foreach (var ((i, j), cos) in chosen)
        {
            writer.WriteLine($"\t{seeds[i].Text}\t{seeds[j].Text}\t{key[(seeds[i].Source, seeds[i].Line)]}\t{key[(seeds[j].Source, seeds[j].Line)]}\t{cos:F3}");
        }

        Console.WriteLine($"{pairs.Count} candidate pairs, {chosen.Count} written to {output}");
        return 0;
    }
}
