using Viva.Core.Questions;

namespace Viva.Web.Api.Contracts;

/// <summary>A question in a list.</summary>
/// <param name="Id">The question's stable id.</param>
/// <param name="Question">Its text.</param>
/// <param name="Topic">Enclosing headings, outermost first.</param>
/// <param name="Level">basic, intermediate, advanced or null.</param>
/// <param name="Source">The document it comes from.</param>
/// <param name="Line">1-based line in that document.</param>
/// <param name="Answered">Whether it has a full answer (a stub of links or a skeleton does not count).</param>
/// <param name="Cluster">Shared by questions asking the same thing; the card id.</param>
public sealed record QuestionSummary(string Id, string Question, IReadOnlyList<string> Topic, string? Level, string Source, int Line, bool Answered, string Cluster)
{
    /// <summary>How much of an answer it has: full, stub or none.</summary>
    public string AnswerQuality { get; init; } = "none";

    /// <summary>The summary of <paramref name="question"/>.</summary>
    public static QuestionSummary From(BankQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var q = question.Question;
        var quality = q.AnswerQuality;
        return new(question.Id, q.Text, q.Topic, q.Level?.ToName(), q.Source, q.Line, quality == Core.Questions.AnswerQuality.Full, question.Cluster)
        {
            AnswerQuality = quality.ToName(),
        };
    }
}
