using Viva.Core.Questions;

namespace Viva.Core.Storage;

/// <summary>The question bank's storage port. Implemented by the storage projects; Core only declares it.</summary>
public interface IQuestionStore
{
    /// <summary>Every live question, oldest first (the order that names clusters).</summary>
    Task<IReadOnlyList<StoredQuestion>> GetAllAsync(CancellationToken cancellationToken = default);

    /// <summary>One question by id, or null.</summary>
    Task<BankQuestion?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The live questions of a cluster, the one to show first (curated, else the oldest).</summary>
    Task<IReadOnlyList<BankQuestion>> GetClusterAsync(string cluster, CancellationToken cancellationToken = default);

    /// <summary>How many documents ask the cluster's question (imported ones, or the curated bank's sources).</summary>
    Task<int> GetDocumentCountAsync(string cluster, CancellationToken cancellationToken = default);

    /// <summary>Live questions that pass <paramref name="filter"/>, in source and line order.</summary>
    Task<IReadOnlyList<BankQuestion>> ListAsync(QuestionFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Full-text search over questions and answers, best first.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int limit, CancellationToken cancellationToken = default);

    /// <summary>Every imported document with its question and answered counts.</summary>
    Task<IReadOnlyList<SourceSummary>> GetSourcesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Waits until no other import into this bank runs, in this process or another, and keeps others out until
    /// the result is disposed: an import reads the bank, links, then writes, so two at once would each miss the
    /// other's questions and store them twice.
    /// </summary>
    /// <param name="waiting">Told once, when another import holds the bank and this one has to wait.</param>
    /// <param name="cancellationToken">Stops the wait.</param>
    /// <remarks>The store throws its own error when another import holds the bank for longer than anyone should wait.</remarks>
    Task<IDisposable> LockImportsAsync(IProgress<string>? waiting = null, CancellationToken cancellationToken = default);

    /// <summary>Applies one import in a single transaction: all of it or nothing.</summary>
    Task ApplyAsync(BankChanges changes, CancellationToken cancellationToken = default);

    /// <summary>
    /// Ids of the questions this store's view of the bank leaves out (on a server, other accounts' documents), so that
    /// an import never gives a new question one of them. A store without accounts hides nothing.
    /// </summary>
    Task<IReadOnlyList<string>> GetHiddenIdsAsync(CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<string>>([]);

    /// <summary>A stored setting, or null.</summary>
    Task<string?> GetSettingAsync(string key, CancellationToken cancellationToken = default);
}
