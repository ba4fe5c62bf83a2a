using Viva.Core.Linking;
using Viva.Core.Questions;
using Viva.Core.Storage;

namespace Viva.Core.Import;

/// <summary>
/// Imports documents into the bank: decodes and parses each, matches its questions with those stored
/// from earlier imports (ids survive edits), puts every item in one bucket, links duplicates across the
/// whole bank, and stores the result in one transaction. A document that fails changes nothing. Imports into
/// one bank run one at a time, across processes.
/// </summary>
public sealed class ImportService
{
    /// <summary>
    /// Most questions one document may hold. The largest public lists hold a few hundred; linking embeds every
    /// question, so a document of a hundred thousand generated headings would take many minutes.
    /// </summary>
    public const int MaxQuestionsPerDocument = 5000;

    private readonly IQuestionStore _store;
    private readonly DuplicateLinker _linker;
    private readonly TimeProvider _time;

    /// <summary>Creates the service over <paramref name="store"/>.</summary>
    public ImportService(IQuestionStore store, DuplicateLinker linker, TimeProvider time)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _linker = linker ?? throw new ArgumentNullException(nameof(linker));
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    /// <summary>How long reading one Markdown document may take before it is refused (tests shorten it).</summary>
    public TimeSpan ParseBudget { get; init; } = MarkdownQuestionParser.DefaultBudget;

    /// <summary>Imports <paramref name="documents"/>; with <paramref name="dryRun"/> nothing is stored.</summary>
    /// <param name="documents">The documents, in the order to report them.</param>
    /// <param name="dryRun">Extract and link, but store nothing.</param>
    /// <param name="settings">Settings to store in the same transaction (ignored on a dry run).</param>
    /// <param name="progress">Told when waiting for another import, the name of each document as it is read, then "linking".</param>
    /// <param name="cancellationToken">Cancels before anything is stored.</param>
    public async Task<ImportReport> ImportAsync(
        IReadOnlyList<ImportDocument> documents,
        bool dryRun,
        IReadOnlyDictionary<string, string>? settings = null,
        IProgress<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);

        // The bank is read inside the lock, so this import sees every question an earlier one stored.
        using var importLock = dryRun ? null : await _store.LockImportsAsync(progress, cancellationToken).ConfigureAwait(false);
        var existing = await _store.GetAllAsync(cancellationToken).ConfigureAwait(false);
        var plan = new ImportPlan(existing, ParseBudget, await _store.GetHiddenIdsAsync(cancellationToken).ConfigureAwait(false));
        var reports = new List<DocumentReport>();
        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(document.Source);
            reports.Add(plan.Add(document));
        }

        progress?.Report("linking duplicates");

        var live = plan.LiveQuestions();
        var clusters = _linker.Link([.. live.Select(q => LinkItem.For(q.Question.Id, q.Question.Question))], cancellationToken);
        var clusterById = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < live.Count; i++)
        {
            clusterById[live[i].Question.Id] = clusters[i];
        }

        var questions = plan.Imported
            .Select(item => item with { Question = item.Question with { Cluster = clusterById.GetValueOrDefault(item.Question.Id, item.Question.Id) } })
            .ToList();
        if (!dryRun)
        {
            var changes = new BankChanges
            {
                Upserts = [.. plan.Upserts.Select(u => u with { Question = u.Question with { Cluster = clusterById[u.Question.Id] } })],
                Retired = plan.Retired,
                Clusters = clusterById,
                Documents = plan.Documents,
                Settings = settings ?? new Dictionary<string, string>(),
                Timestamp = _time.GetUtcNow(),
            };
            await _store.ApplyAsync(changes, cancellationToken).ConfigureAwait(false);
        }

        return new ImportReport(reports, questions, dryRun);
    }
}
