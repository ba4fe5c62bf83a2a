using Viva.Core.Questions;

namespace Viva.Core.Storage;

/// <summary>A question to insert or update, with the fingerprint that tells later imports it is unchanged.</summary>
/// <param name="Question">The question with its id and cluster.</param>
/// <param name="Fingerprint">Hash of everything the document says about it.</param>
/// <param name="Ordinal">Its position in its document.</param>
public sealed record StoredQuestion(BankQuestion Question, string Fingerprint, int Ordinal);

/// <summary>Everything one import changes, applied atomically.</summary>
public sealed record BankChanges
{
    /// <summary>Questions to insert or update (matched by id).</summary>
    public IReadOnlyList<StoredQuestion> Upserts { get; init; } = [];

    /// <summary>Ids of questions no longer in their document; kept for history, hidden from the bank.</summary>
    public IReadOnlyList<string> Retired { get; init; } = [];

    /// <summary>The cluster of every live question after the import.</summary>
    public IReadOnlyDictionary<string, string> Clusters { get; init; } = new Dictionary<string, string>();

    /// <summary>Documents imported, with their content hash.</summary>
    public IReadOnlyList<(string Source, string ContentHash)> Documents { get; init; } = [];

    /// <summary>Settings to write.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>When the import happened.</summary>
    public DateTimeOffset Timestamp { get; init; }
}
