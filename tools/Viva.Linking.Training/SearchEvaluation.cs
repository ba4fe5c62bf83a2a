using Viva.Core.Import;
using Viva.Core.Linking;
using Viva.Core.Search;
using Viva.Core.Semantics;
using Viva.Storage.Sqlite;

namespace Viva.Linking.Training;

/// <summary>Where one probe's first accepted question ranked (0 when not in the top <see cref="SearchEvaluation.Depth"/>) and what came first.</summary>
public sealed record ProbeOutcome(SearchProbe Probe, int Rank, IReadOnlyList<string> Top);

/// <summary>hit@1, hit@3 and mean reciprocal rank (over the top <see cref="SearchEvaluation.Depth"/>) of a set of probes.</summary>
public sealed record SearchFigures(int Count, double HitAt1, double HitAt3, double Mrr)
{
    public static SearchFigures Of(IReadOnlyCollection<ProbeOutcome> outcomes) => new(
        outcomes.Count,
        outcomes.Count(o => o.Rank == 1) / (double)outcomes.Count,
        outcomes.Count(o => o.Rank is >= 1 and <= 3) / (double)outcomes.Count,
        outcomes.Sum(o => o.Rank > 0 ? 1.0 / o.Rank : 0) / outcomes.Count);

    public override string ToString() => $"n={Count} hit@1 {HitAt1:F3} hit@3 {HitAt3:F3} MRR {Mrr:F3}";
}

/// <summary>
/// The curated bank loaded into a fresh SQLite bank the way the app loads it, searched with the probes. The bank
/// lives in a temporary folder for as long as the evaluation does.
/// </summary>
public sealed class SearchEvaluation : IDisposable
{
    public const int Depth = 10;

    private readonly string _folder;
    private readonly SqliteQuestionStore _store;
    private readonly ITextEncoder? _encoder;

    private SearchEvaluation(string folder, SqliteQuestionStore store, ITextEncoder? encoder)
    {
        _folder = folder;
        _store = store;
        _encoder = encoder;
    }

    /// <summary>Loads the curated bank; <paramref name="encoder"/> null searches by words alone.</summary>
    public static async Task<SearchEvaluation> OpenAsync(ITextEncoder? encoder)
    {
        var folder = Directory.CreateTempSubdirectory("viva-search-eval-").FullName;
        var store = SqliteQuestionStore.Open(Path.Combine(folder, "viva.db"));
        var importer = new ImportService(store, new DuplicateLinker(encoder: encoder), TimeProvider.System);
        await CuratedBank.EnsureLoadedAsync(store, importer, TextWriter.Null, CancellationToken.None).ConfigureAwait(false);
        return new SearchEvaluation(folder, store, encoder);
    }

    public async Task<List<ProbeOutcome>> RunAsync(IReadOnlyList<SearchProbe> probes, SearchOptions? options = null)
    {
        var search = new HybridSearch(_store, () => _encoder, options);
        var outcomes = new List<ProbeOutcome>(probes.Count);
        foreach (var probe in probes)
        {
            var ids = (await search.SearchAsync(probe.Query, Depth).ConfigureAwait(false)).Select(r => r.Question.Id).ToList();
            var rank = ids.FindIndex(probe.Accept.Contains) + 1;
            outcomes.Add(new ProbeOutcome(probe, rank, ids));
        }

        return outcomes;
    }

    /// <summary>The related questions the question page shows for each of <paramref name="ids"/>.</summary>
    public async Task<List<(string Id, IReadOnlyList<string> Related)>> RelatedAsync(IReadOnlyList<string> ids)
    {
        var search = new HybridSearch(_store, () => _encoder);
        var result = new List<(string, IReadOnlyList<string>)>();
        foreach (var id in ids)
        {
            var question = await _store.FindAsync(id).ConfigureAwait(false) ?? throw new InvalidOperationException($"no question {id}");
            result.Add((id, [.. (await search.RelatedAsync(question, 5).ConfigureAwait(false)).Select(q => q.Id)]));
        }

        return result;
    }

    /// <summary>The figures of the tuning half, the held-out half and all probes.</summary>
    public static (SearchFigures Tuning, SearchFigures HeldOut, SearchFigures All) Summarise(IReadOnlyList<ProbeOutcome> outcomes) =>
        (SearchFigures.Of([.. outcomes.Where(o => o.Probe.Tuning)]), SearchFigures.Of([.. outcomes.Where(o => !o.Probe.Tuning)]), SearchFigures.Of(outcomes));

    public void Dispose()
    {
        _store.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp cleaner; the figures do not depend on it.
        }
    }
}
