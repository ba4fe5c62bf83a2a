using Viva.Core.Search;
using Viva.Core.Semantics;
using Viva.Semantics;

namespace Viva.Linking.Training;

/// <summary>
/// <c>search [--words] [--misses] [--probes FILE]</c>: hybrid search over the curated bank measured on the search probes, per half
/// (or, with <c>--probes</c>, on another set, named by its path or by its name in <c>tests/fixtures/search/</c>, read whole).
/// <c>--words</c> searches without the encoder; <c>--misses</c> lists each probe not found first, with what came first.
/// </summary>
public static class SearchCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var set = OptionValue(args, "--probes");
        var probes = SearchProbes.Load(set is null ? null : SearchProbes.PathOf(set));
        using var model = args.Contains("--words") ? null : new MiniLmTextEncoder(threads: Environment.ProcessorCount);
        ITextEncoder? encoder = model is null ? null : new CachedTextEncoder(model, Corpus.EmbeddingCache);
        using var evaluation = await SearchEvaluation.OpenAsync(encoder).ConfigureAwait(false);
        if (args.Contains("--sweep"))
        {
            return await SweepAsync(evaluation, [.. probes.Where(p => p.Tuning)]).ConfigureAwait(false);
        }

        if (args.Contains("--related"))
        {
            foreach (var (id, related) in await evaluation.RelatedAsync(["dl-batch-normalization", "serve-kv-cache-basics", "l1-vs-l2-regularization", "rag-chunking-strategies", "ab-testing", "cv-yolo"]).ConfigureAwait(false))
            {
                Console.WriteLine($"{id}: {string.Join(", ", related)}");
            }

            return 0;
        }

        var outcomes = await evaluation.RunAsync(probes, Parse(Environment.GetEnvironmentVariable("VIVA_SEARCH_OPTIONS"))).ConfigureAwait(false);
        var (tuning, heldOut, all) = SearchEvaluation.Summarise(outcomes);
        if (set is null)
        {
            Console.WriteLine($"tuning   {tuning}");
            Console.WriteLine($"held-out {heldOut}");
        }

        Console.WriteLine($"all      {all}");
        if (args.Contains("--misses") || args.Contains("--misses-all"))
        {
            // Ranking is tuned on the tuning half: its misses are what to look at; the held-out half's only on request. A
            // later set is read whole, without halves.
            foreach (var miss in outcomes.Where(o => o.Rank != 1 && (set is not null || o.Probe.Tuning || args.Contains("--misses-all"))).OrderBy(o => set is null && !o.Probe.Tuning ? 1 : 0))
            {
                Console.WriteLine(set is not null ? Describe(miss) : $"{(miss.Probe.Tuning ? "T" : "H")} {Describe(miss)}");
            }
        }

        return 0;
    }

    private static string Describe(ProbeOutcome miss) =>
        $"rank {miss.Rank,2}  {miss.Probe.Query}  want {string.Join('|', miss.Probe.Accept)}  got {string.Join(", ", miss.Top.Take(3))}";

    private static string? OptionValue(IReadOnlyList<string> args, string name)
    {
        var at = args.ToList().IndexOf(name);
        return at >= 0 && at + 1 < args.Count ? args[at + 1] : null;
    }

    // "k,meaning,words,answers[,unsure,confident,share]" (VIVA_SEARCH_OPTIONS) to measure one setting on both halves; null for the app's.
    private static SearchOptions? Parse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var parts = text.Split(',').Select(double.Parse).ToArray();
        var options = new SearchOptions { FusionK = (int)parts[0], MeaningWeight = parts[1], WordsWeight = parts[2], ExpandedWeight = parts[2], AnswerMeaningWeight = parts[3] };
        return parts.Length < 7 ? options : options with { UnsureCosine = parts[4], ConfidentCosine = parts[5], UnsureShare = parts[6] };
    }

    // Fusion settings compared on the tuning half only.
    private static async Task<int> SweepAsync(SearchEvaluation evaluation, IReadOnlyList<SearchProbe> tuning)
    {
        var variants = new List<(string Name, SearchOptions Options)>
        {
            ("as typed", new SearchOptions { Keywords = false }),
            ("keywords", new SearchOptions()),
            ("words only", new SearchOptions { MeaningWeight = 0 }),
            ("meaning only", new SearchOptions { WordsWeight = 0, ExpandedWeight = 0 }),
            ("meaning only, typed", new SearchOptions { WordsWeight = 0, ExpandedWeight = 0, EncodeExpansion = false }),
        };
        foreach (var k in new[] { 5, 20 })
        {
            foreach (var meaning in new[] { 3.0, 6.0 })
            {
                foreach (var answers in new[] { 0.0, 2.0, 4.0, 6.0 })
                {
                    variants.Add(($"k={k} meaning×{meaning} answers×{answers}", new SearchOptions { FusionK = k, MeaningWeight = meaning, AnswerMeaningWeight = answers }));
                }
            }
        }

        variants.Add(("answers only", new SearchOptions { WordsWeight = 0, ExpandedWeight = 0, MeaningWeight = 0, AnswerMeaningWeight = 1 }));
        if (Environment.GetEnvironmentVariable("VIVA_SWEEP_MISSES") is { } shown)
        {
            // "k,meaning": the tuning misses of one setting.
            var parts = shown.Split(',');
            var options = new SearchOptions { FusionK = int.Parse(parts[0]), MeaningWeight = double.Parse(parts[1]), WordsWeight = parts.Length > 2 ? double.Parse(parts[2]) : 1, ExpandedWeight = parts.Length > 2 ? double.Parse(parts[2]) : 1, AnswerMeaningWeight = parts.Length > 3 ? double.Parse(parts[3]) : 0 };
            foreach (var miss in (await evaluation.RunAsync(tuning, options).ConfigureAwait(false)).Where(o => o.Rank != 1))
            {
                Console.WriteLine(Describe(miss));
            }

            return 0;
        }

        foreach (var (name, options) in variants)
        {
            Console.WriteLine($"{name,-32} {SearchFigures.Of(await evaluation.RunAsync(tuning, options).ConfigureAwait(false))}");
        }

        return 0;
    }
}
