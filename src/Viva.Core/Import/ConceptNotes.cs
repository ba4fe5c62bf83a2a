using Markdig.Syntax;
using Viva.Core.Questions;

namespace Viva.Core.Import;

/// <summary>
/// Finds concept notes: leaf headings that name a concept ("### Random forest", "## Cron job") over a body that
/// explains it. Such a document is a question bank even though none of its headings asks anything. A heading
/// is a concept when it names one, its body answers in its own words (not only links, not empty), nothing below it
/// is a question already, and it sits in no question's answer and no skipped section; the concepts become questions
/// where they make up most of the leaf headings at their level, so a page with a few notes among its parts stays as it is.
/// </summary>
internal static class ConceptNotes
{
    private const int MinConcepts = 2;

    /// <summary>Marks the concept headings of <paramref name="headings"/> as questions; true when any was marked.</summary>
    /// <param name="headings">The plan of the document, already marking its question headings.</param>
    /// <param name="document">The parsed document.</param>
    /// <param name="lines">Its source lines.</param>
    /// <param name="found">The questions a reading of the document found without concepts.</param>
    /// <param name="deadline">Cancelled when the document's reading budget is spent.</param>
    public static bool Mark(HeadingPlan headings, MarkdownDocument document, SourceLines lines, IReadOnlyList<ExtractedQuestion> found, CancellationToken deadline)
    {
        var infos = headings.InOrder;
        if (infos.Count < MinConcepts)
        {
            return false;
        }

        var parents = HeadingPlan.Parents(infos);
        var ends = SectionEnds(infos);
        var generic = new bool?[infos.Count];
        bool IsGeneric(int i) => generic[i] ??= ConceptTitles.IsGeneric(infos[i].Text);
        var inAnswerOrSkipped = new bool[infos.Count];
        var specificBelow = new bool[infos.Count];
        for (var i = 0; i < infos.Count; i++)
        {
            var parent = parents[i];
            inAnswerOrSkipped[i] = infos[i].InAnswer
                || (parent >= 0 && (inAnswerOrSkipped[parent] || infos[parent].IsQuestion || infos[parent].IsSkippedSection));
        }

        // Children come after their parent, so walking backwards settles each heading's subtree first.
        for (var i = infos.Count - 1; i >= 0; i--)
        {
            if (parents[i] >= 0)
            {
                specificBelow[parents[i]] |= specificBelow[i] || !infos[i].IsCandidate || !IsGeneric(i);
            }
        }

        var questionLines = found.Select(q => q.Line - 1).Order().ToArray();
        var leaves = new Dictionary<int, int>();
        var concepts = new Dictionary<int, List<HeadingInfo>>();
        var asking = new Dictionary<int, List<HeadingInfo>>();
        for (var i = 0; i < infos.Count; i++)
        {
            deadline.ThrowIfCancellationRequested();
            var info = infos[i];
            if (!info.IsCandidate || info.IsQuestion || inAnswerOrSkipped[i] || specificBelow[i])
            {
                continue;
            }

            // Generic parts ("Installation", "Usage") count against a level: a README is mostly parts, notes mostly concepts.
            leaves[info.Level] = leaves.GetValueOrDefault(info.Level) + 1;
            if (IsGeneric(i))
            {
                continue;
            }

            var end = ends[i] < infos.Count ? infos[ends[i]].Line : lines.Count;
            if (HoldsQuestion(questionLines, info.Line, end))
            {
                continue;
            }

            if (ConceptTitles.IsConceptName(info.Text))
            {
                var bodyStart = lines.LineOf(Math.Max(document[info.Index].Span.End, document[info.Index].Span.Start)) + 1;
                if (bodyStart < end && AnswerClassifier.Classify(lines.Lines(bodyStart, end - 1)) == AnswerQuality.Full)
                {
                    Add(concepts, info);
                }
            }
            else if (info.LooksLikeQuestion)
            {
                Add(asking, info);
            }
        }

        var marked = false;
        foreach (var (level, atLevel) in concepts)
        {
            if (atLevel.Count < MinConcepts || atLevel.Count * 2 <= leaves[level])
            {
                continue;
            }

            foreach (var info in atLevel)
            {
                info.IsQuestion = true;
                info.ConceptQuestion = ConceptTitles.AsQuestion(info.Text);
            }

            // Questions among the concepts ("How do you find which process holds a port?") are asked as written.
            foreach (var info in asking.GetValueOrDefault(level) ?? [])
            {
                info.IsQuestion = true;
            }

            marked = true;
        }

        return marked;
    }

    private static void Add(Dictionary<int, List<HeadingInfo>> byLevel, HeadingInfo info)
    {
        if (!byLevel.TryGetValue(info.Level, out var atLevel))
        {
            byLevel[info.Level] = atLevel = [];
        }

        atLevel.Add(info);
    }

    /// <summary>For each heading, the position of the next heading of the same or a higher rank (or the count: none).</summary>
    private static int[] SectionEnds(IReadOnlyList<HeadingInfo> infos)
    {
        var ends = new int[infos.Count];
        var open = new Stack<int>();
        for (var i = 0; i < infos.Count; i++)
        {
            while (open.Count > 0 && infos[open.Peek()].Level >= infos[i].Level)
            {
                ends[open.Pop()] = i;
            }

            open.Push(i);
        }

        while (open.Count > 0)
        {
            ends[open.Pop()] = infos.Count;
        }

        return ends;
    }

    /// <summary>True when a question was found on a 0-based line in [<paramref name="first"/>, <paramref name="end"/>).</summary>
    private static bool HoldsQuestion(int[] questionLines, int first, int end)
    {
        var at = Array.BinarySearch(questionLines, first);
        at = at < 0 ? ~at : at;
        return at < questionLines.Length && questionLines[at] < end;
    }
}
