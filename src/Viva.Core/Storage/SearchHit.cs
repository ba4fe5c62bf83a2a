using Viva.Core.Questions;

namespace Viva.Core.Storage;

/// <summary>A search result.</summary>
/// <param name="Question">The matching question.</param>
/// <param name="Score">Relevance (BM25, higher is better).</param>
public sealed record SearchHit(BankQuestion Question, double Score);
