using Viva.Core.Questions;

namespace Viva.Core.Mock;

/// <summary>A curated question a mock interview can ask.</summary>
/// <param name="CardId">Its card (cluster) id.</param>
/// <param name="Question">The curated question itself.</param>
/// <param name="Area">The curated area (<c>content/&lt;area&gt;</c>).</param>
/// <param name="AskedIn">How many documents ask it.</param>
public sealed record MockCandidate(string CardId, BankQuestion Question, string Area, int AskedIn)
{
    /// <summary>The question's topic headings.</summary>
    public IReadOnlyList<string> Topics => Question.Question.Topic;

    /// <summary>The innermost topic heading (the file's subject in the curated bank), or null.</summary>
    public string? Heading => Topics.Count > 0 ? Topics[^1] : null;

    /// <summary>Its level, if the bank gives one.</summary>
    public Level? Level => Question.Question.Level;

    /// <summary>Its tags.</summary>
    public IReadOnlyList<string> Tags => Question.Question.Curated?.Tags ?? [];

    /// <summary>The question's text.</summary>
    public string Text => Question.Question.Text;

    /// <summary>The area of a curated question (<c>curated/&lt;area&gt;/file.md</c>), or null for an imported one.</summary>
    public static string? AreaOf(BankQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.IsCurated && question.Question.Source.Split('/') is [_, var area, ..] ? area : null;
    }
}
