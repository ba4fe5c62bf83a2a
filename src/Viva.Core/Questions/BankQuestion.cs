namespace Viva.Core.Questions;

/// <summary>A question as the bank holds it: an extracted question with its stable id and cluster.</summary>
/// <param name="Id">Stable id; review history hangs on it.</param>
/// <param name="Question">What was extracted.</param>
/// <param name="Cluster">Shared by every question judged to ask the same thing.</param>
public sealed record BankQuestion(string Id, ExtractedQuestion Question, string Cluster)
{
    /// <summary>True when the question comes from the curated bank.</summary>
    public bool IsCurated => Question.Curated is not null;
}
