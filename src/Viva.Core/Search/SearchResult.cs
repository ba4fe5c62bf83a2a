using Viva.Core.Questions;

namespace Viva.Core.Search;

/// <summary>One search result: the question, its fused score (higher is better) and a short extract of its answer.</summary>
/// <param name="Question">The question found.</param>
/// <param name="Score">Reciprocal-rank fusion of the word and meaning rankings; comparable only within one search.</param>
/// <param name="Snippet">The opening of the answer as plain text; empty when the question has none.</param>
public sealed record SearchResult(BankQuestion Question, double Score, string Snippet);
