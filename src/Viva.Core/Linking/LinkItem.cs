namespace Viva.Core.Linking;

/// <summary>A question to link: its id, its text, and whether it heads the curated bank.</summary>
/// <param name="Id">The question's stable id.</param>
/// <param name="Text">The question text.</param>
/// <param name="IsCurated">Curated questions are never merged with each other.</param>
/// <param name="IsExercise">Exercises are solved, not recited, so they stay cards of their own and are never linked.</param>
public sealed record LinkItem(string Id, string Text, bool IsCurated, bool IsExercise = false)
{
    /// <summary>
    /// Words that say what a curated question is about beyond its own wording (its tags and topic): "What does Shannon
    /// entropy measure?" is tagged information-theory, so it answers "What is entropy in information theory?".
    /// </summary>
    public string Context { get; init; } = string.Empty;

    /// <summary>The item for a question of the bank.</summary>
    public static LinkItem For(string id, Questions.ExtractedQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return new LinkItem(id, question.Text, question.Curated is not null, question.Curated?.Kind == Questions.QuestionKind.Exercise)
        {
            Context = question.Curated is { } curated ? string.Join(" , ", [.. curated.Tags, .. question.Topic.TakeLast(1)]) : string.Empty,
        };
    }
}
