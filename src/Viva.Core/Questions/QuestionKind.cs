namespace Viva.Core.Questions;

/// <summary>How an answer to a question is checked.</summary>
public enum QuestionKind
{
    /// <summary>A free-text answer, graded against key points.</summary>
    Open,

    /// <summary>A number, checked against an exact answer within a tolerance.</summary>
    Numeric,

    /// <summary>Code, judged by running it against the exercise's tests.</summary>
    Exercise,
}
