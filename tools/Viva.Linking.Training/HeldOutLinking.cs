using Viva.Core.Grading;
using Viva.Core.Linking;

namespace Viva.Linking.Training;

/// <summary>
/// The whole linker held out by document: for each seed document, the curated scorer is fitted without that
/// document's questions and the shipped linker (subject tie-break, pair links and all) runs over the curated bank
/// and every seed with it; only the held-out document's questions are counted. This is the figure to trust: the
/// scorer's own held-out choice leaves out the rules around it.
/// </summary>
public static class HeldOutLinking
{
    private static readonly bool Detail = Environment.GetEnvironmentVariable("VIVA_FIT_ERRORS") == "2";

    private static readonly float TieMargin = float.TryParse(Environment.GetEnvironmentVariable("VIVA_FIT_TIE"), System.Globalization.CultureInfo.InvariantCulture, out var m) ? m : LinkerOptions.Default.SubjectTieMargin;

    private static readonly double NarrowerRatio = double.TryParse(Environment.GetEnvironmentVariable("VIVA_FIT_NARROW"), System.Globalization.CultureInfo.InvariantCulture, out var r) ? r : LinkerOptions.Default.NarrowerRatio;

    private static readonly double IntentRatio = double.TryParse(Environment.GetEnvironmentVariable("VIVA_FIT_INTENT"), System.Globalization.CultureInfo.InvariantCulture, out var ir) ? ir : LinkerOptions.Default.IntentRatio;

    private static readonly float FarInside = float.TryParse(Environment.GetEnvironmentVariable("VIVA_FIT_FAR"), System.Globalization.CultureInfo.InvariantCulture, out var f) ? f : LinkerOptions.Default.FarQuestionInside;

    /// <summary>The shipped linker's settings, with those the switches above measure in their place.</summary>
    public static LinkerOptions Options { get; } = LinkerOptions.Default with { MeaningCandidates = CuratedFitting.CandidateCount, SubjectTieMargin = TieMargin, NarrowerRatio = NarrowerRatio, IntentRatio = IntentRatio, FarQuestionInside = FarInside };

    public sealed record Outcome(int Seed, string Cluster, bool Right, bool Linked);

    public static List<Outcome> Run(LinkingData data, IReadOnlyList<CuratedFitting.Candidate> candidates, double threshold, LinearScorer pair, double pairThreshold)
    {
        var items = data.Items();
        var curatedIds = data.Curated.Select(q => q.Curated!.Id).ToHashSet(StringComparer.Ordinal);
        var outcomes = new List<Outcome>();
        foreach (var document in data.Seeds.Select(q => q.Source).Distinct().Order(StringComparer.Ordinal))
        {
            var scorer = CuratedFitting.Fit([.. candidates.Where(c => c.Document != document)]);
            var clusters = new DuplicateLinker(options: Options, encoder: data.Encoder, model: new LinkModel(scorer, threshold, pair, Environment.GetEnvironmentVariable("VIVA_FIT_NOPAIR") is null ? pairThreshold : 1.01)).Link(items);
            for (var s = 0; s < data.Seeds.Count; s++)
            {
                if (data.Seeds[s].Source == document)
                {
                    var cluster = clusters[data.Curated.Count + s];
                    outcomes.Add(new Outcome(s, cluster, data.Gold[s].Contains(cluster), curatedIds.Contains(cluster)));
                    if (Detail && !data.Gold[s].Contains(cluster))
                    {
                        Console.WriteLine($"  MISS {cluster} want {string.Join(';', data.Gold[s])} :: {data.Seeds[s].Text}");
                        foreach (var c in candidates.Where(c => c.Seed == s))
                        {
                            Console.WriteLine($"      {(c.Right ? "*" : " ")} {scorer.Probability(c.Features):F2} {c.Curated,-40} {string.Join(' ', c.Features.Select(f => f.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)))}");
                        }
                    }
                }
            }
        }

        return outcomes;
    }

    public static string Summary(IReadOnlyList<Outcome> outcomes)
    {
        var right = outcomes.Count(o => o.Right);
        var wrong = outcomes.Count(o => o.Linked && !o.Right);
        return $"{right} right / {wrong} wrong / {outcomes.Count - right - wrong} none of {outcomes.Count} ({right / (double)outcomes.Count:P1} right, {right / (double)Math.Max(right + wrong, 1):P1} of links right)";
    }
}
