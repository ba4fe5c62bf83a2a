using Markdig.Syntax;

namespace Viva.Core.Import;

/// <summary>What one top-level heading is: a question, an answer label, a level, a skipped section or a topic.</summary>
internal sealed record HeadingInfo(
    int Index,
    int Level,
    int Line,
    string Text,
    bool IsQuestionLabel,
    bool IsAnswerLabel,
    Questions.Level? LevelName,
    bool IsSkippedSection,
    bool IsQuestionLike,
    bool HasMetadata)
{
    public bool IsQuestion { get; set; }

    /// <summary>A reading of the document found the heading inside a question's answer (or marking where one starts).</summary>
    public bool InAnswer { get; set; }

    /// <summary>For a heading that names a concept in concept notes, the question it asks ("What is a cron job?").</summary>
    public string? ConceptQuestion { get; set; }

    /// <summary>Counts towards the share of question headings at its level.</summary>
    public bool IsCandidate => !IsAnswerLabel && LevelName is null && !IsSkippedSection;

    public bool LooksLikeQuestion => HasMetadata || IsQuestionLabel || IsQuestionLike;
}

/// <summary>
/// Decides, before reading answers, which headings are questions. A level holds questions when most
/// of its headings read as questions; there a topic-only heading ("Batch Normalization") is a question
/// too, unless questions sit under it. Where a level uses <c>Question:</c> labels, only labelled headings
/// are questions, so that "### Loss Calculation:" inside an answer stays in it. After a first reading,
/// <see cref="ConceptNotes"/> may mark more headings: those of concept notes.
/// </summary>
internal sealed class HeadingPlan
{
    private readonly Dictionary<int, HeadingInfo> _byIndex;

    private HeadingPlan(List<HeadingInfo> inOrder)
    {
        InOrder = inOrder;
        _byIndex = inOrder.ToDictionary(h => h.Index);
    }

    public HeadingInfo this[int blockIndex] => _byIndex[blockIndex];

    /// <summary>Every heading, in document order.</summary>
    public IReadOnlyList<HeadingInfo> InOrder { get; }

    public static HeadingPlan Build(MarkdownDocument document, SourceLines lines, CancellationToken deadline)
    {
        var infos = new List<HeadingInfo>();
        for (var index = 0; index < document.Count; index++)
        {
            deadline.ThrowIfCancellationRequested();
            if (document[index] is HeadingBlock heading)
            {
                infos.Add(Describe(document, index, heading, lines));
            }
        }

        var questionLevels = new HashSet<int>();
        var labelledLevels = new HashSet<int>();
        foreach (var group in infos.Where(h => h.IsCandidate).GroupBy(h => h.Level))
        {
            var total = group.Count();
            var questions = group.Count(h => h.LooksLikeQuestion);
            if ((questions >= 2 && questions * 2 >= total) || (questions >= 1 && questions == total))
            {
                questionLevels.Add(group.Key);
            }

            if (group.Count(h => h.IsQuestionLabel) >= 2)
            {
                labelledLevels.Add(group.Key);
            }
        }

        // Labels rule a level only within sections that use them, so a document (or a concatenation of
        // documents) can label its questions in one part and not in another.
        var parents = Parents(infos);
        var labelledSections = new HashSet<(int Parent, int Level)>();
        for (var i = 0; i < infos.Count; i++)
        {
            if (infos[i].IsQuestionLabel)
            {
                labelledSections.Add((parents[i], infos[i].Level));
            }
        }

        var questionBelow = QuestionsBelow(infos, parents, questionLevels);
        for (var i = 0; i < infos.Count; i++)
        {
            var info = infos[i];
            if (!info.IsCandidate)
            {
                continue;
            }

            if (info.HasMetadata)
            {
                info.IsQuestion = true;
            }
            else if (labelledLevels.Contains(info.Level) && labelledSections.Contains((parents[i], info.Level)))
            {
                info.IsQuestion = info.IsQuestionLabel;
            }
            else if (questionLevels.Contains(info.Level))
            {
                info.IsQuestion = info.LooksLikeQuestion || !questionBelow[i];
            }
        }

        return new HeadingPlan(infos);
    }

    /// <summary>For each heading, the index of the nearest earlier heading of a higher rank, or -1.</summary>
    public static int[] Parents(IReadOnlyList<HeadingInfo> infos)
    {
        var parents = new int[infos.Count];
        var open = new Stack<int>();
        for (var i = 0; i < infos.Count; i++)
        {
            while (open.Count > 0 && infos[open.Peek()].Level >= infos[i].Level)
            {
                open.Pop();
            }

            parents[i] = open.Count > 0 ? open.Peek() : -1;
            open.Push(i);
        }

        return parents;
    }

    /// <summary>
    /// For each heading, whether a heading below it (up to the next heading of the same or a higher rank) reads as a
    /// question at a level that holds questions. Children come after their parent, so one backward pass settles each subtree.
    /// </summary>
    private static bool[] QuestionsBelow(List<HeadingInfo> infos, int[] parents, HashSet<int> questionLevels)
    {
        var below = new bool[infos.Count];
        for (var j = infos.Count - 1; j >= 0; j--)
        {
            if (parents[j] >= 0)
            {
                below[parents[j]] |= below[j] || (questionLevels.Contains(infos[j].Level) && infos[j].LooksLikeQuestion);
            }
        }

        return below;
    }

    private static HeadingInfo Describe(MarkdownDocument document, int index, HeadingBlock heading, SourceLines lines)
    {
        var text = HeadingText(heading, lines);
        var isQuestionLabel = QuestionText.TryStripQuestionLabel(text, out var afterLabel);
        var isAnswerLabel = !isQuestionLabel && (QuestionText.IsAnswerMarker(text)
            || (QuestionText.TryStripAnswerLabel(text, out var afterAnswer) && afterAnswer.Length == 0));
        var title = QuestionText.StripNumbering(isQuestionLabel ? afterLabel : text);
        var hasMetadata = index + 1 < document.Count && document[index + 1] is HtmlBlock html
            && CuratedMetadataParser.IsMetadataComment(lines.Lines(html.Line, Math.Max(html.Line, lines.LineOf(html.Span.End))));
        return new HeadingInfo(
            index,
            heading.Level,
            FirstLine(heading, lines),
            title,
            isQuestionLabel,
            isAnswerLabel,
            isQuestionLabel || hasMetadata ? null : LevelMarkers.FromHeading(text),
            !hasMetadata && SectionTitles.IsNonQuestionSection(text),
            QuestionText.IsQuestionLike(title),
            hasMetadata);
    }

    /// <summary>The 0-based line a heading starts on (for setext headings, the text line, not the underline).</summary>
    public static int FirstLine(HeadingBlock heading, SourceLines lines) => Math.Min(heading.Line, lines.LineOf(heading.Span.Start));

    /// <summary>The heading's text as plain text, without the <c>#</c> marks or the setext underline.</summary>
    public static string HeadingText(HeadingBlock heading, SourceLines lines)
    {
        var first = FirstLine(heading, lines);
        var last = Math.Max(first, lines.LineOf(heading.Span.End));
        if (heading.IsSetext && last > first)
        {
            last--;
        }

        // Trimmed as a span, so that only the text kept is copied.
        var raw = lines.Span(first, last).Trim();
        if (!heading.IsSetext)
        {
            raw = raw.TrimStart('#').Trim();
            var closing = raw.TrimEnd('#');
            if (closing.Length < raw.Length && (closing.Length == 0 || closing.EndsWith(' ')))
            {
                raw = closing.TrimEnd();
            }
        }

        return MarkdownInline.ToPlainText(raw.ToString());
    }
}
