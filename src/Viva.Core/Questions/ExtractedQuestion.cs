namespace Viva.Core.Questions;

/// <summary>One question as the importer found it in a document, before it is stored.</summary>
public sealed record ExtractedQuestion
{
    /// <summary>The document's name (file name, or path under the imported folder).</summary>
    public required string Source { get; init; }

    /// <summary>1-based line where the question starts.</summary>
    public required int Line { get; init; }

    /// <summary>The question as plain text, prompt included.</summary>
    public required string Text { get; init; }

    /// <summary>The answer as Markdown, or null when the document gives none.</summary>
    public string? Answer { get; init; }

    /// <summary>Whether <see cref="Answer"/> answers in its own words, is a stub (only links, a skeleton, a TODO) or is missing.</summary>
    public AnswerQuality AnswerQuality => AnswerClassifier.Classify(Answer);

    /// <summary>The enclosing headings, outermost first.</summary>
    public IReadOnlyList<string> Topic { get; init; } = [];

    /// <summary>The level the document gives, if any.</summary>
    public Level? Level { get; init; }

    /// <summary>Code blocks inside the answer.</summary>
    public IReadOnlyList<CodeSnippet> Code { get; init; } = [];

    /// <summary>Curated-bank metadata, when the question carries a metadata comment.</summary>
    public CuratedMetadata? Curated { get; init; }
}
