namespace Viva.Core.Questions;

/// <summary>How much of an answer a document gives.</summary>
public enum AnswerQuality
{
    /// <summary>No answer at all.</summary>
    None,

    /// <summary>
    /// A placeholder: only links elsewhere (<c>[Ans](https://…)</c>), only a skeleton of headings or empty
    /// bullets, or a note that the answer is still to come (<c>TODO</c>, <c>answer here</c>).
    /// </summary>
    Stub,

    /// <summary>An answer in its own words.</summary>
    Full,
}
