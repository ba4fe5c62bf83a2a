namespace Viva.Core.Grading;

/// <summary>One typed answer to grade, with what it is graded against.</summary>
/// <param name="Question">The question as asked; its words earn no credit when an answer merely repeats them. May be empty.</param>
/// <param name="ReferenceAnswer">The model answer (Markdown or plain text).</param>
/// <param name="KeyPoints">The checkable ideas a good answer covers (Markdown allowed); empty when the question has none.</param>
/// <param name="Answer">What the learner typed: any text, possibly empty or very long.</param>
public sealed record GradingRequest(string Question, string ReferenceAnswer, IReadOnlyList<string> KeyPoints, string Answer)
{
    /// <summary>For a numeric question (<c>kind=numeric</c> in the bank), the exact answer; null for open questions.</summary>
    public double? ExpectedNumber { get; init; }

    /// <summary>The absolute tolerance around <see cref="ExpectedNumber"/>.</summary>
    public double Tolerance { get; init; }
}
