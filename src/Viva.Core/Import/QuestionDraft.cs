using Markdig.Syntax;
using Viva.Core.Questions;

namespace Viva.Core.Import;

/// <summary>How a question was marked in its document; decides what ends its answer.</summary>
internal enum DraftKind
{
    Heading,
    BoldLine,
    ListItem,
    Label,
    TableRow,
}

/// <summary>A piece of answer: whole source lines, and the Markdig blocks they hold (for code).</summary>
internal sealed record AnswerPart(int FirstLine, int LastLine, IReadOnlyList<Block> Blocks, bool IsLinkOnly);

/// <summary>A question being read: its text so far and the parts of its answer.</summary>
internal sealed class QuestionDraft
{
    public required DraftKind Kind { get; init; }

    public required int Line { get; init; }

    public int HeadingLevel { get; init; }

    public required string Title { get; set; }

    public bool IsLabelled { get; init; }

    public required IReadOnlyList<string> Topic { get; init; }

    public Level? SectionLevel { get; init; }

    public List<string> Prompt { get; } = [];

    public List<AnswerPart> Answer { get; } = [];

    /// <summary>An answer marker (<c>Answer:</c>, <c>*solution*</c>) was seen: no more prompt.</summary>
    public bool AnswerStarted { get; set; }

    /// <summary>Literal answer text that does not come from whole lines (a table cell, text after a label).</summary>
    public string? InlineAnswer { get; set; }

    public string? MetadataComment { get; set; }

    public bool CollectsPrompt => Kind == DraftKind.Heading && !AnswerStarted && (IsLabelled || Title.Length == 0);
}
