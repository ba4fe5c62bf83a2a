using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;
using Viva.Core.Questions;

namespace Viva.Core.Import;

/// <summary>
/// Finds questions and answers in a Markdown document of any layout: headings, wholly bold lines,
/// list items, <c>Question:</c>/<c>Answer:</c> labels and Q&amp;A tables. An answer runs up to the next
/// question at the same or a higher level. Never throws on user content.
/// </summary>
public sealed partial class MarkdownQuestionParser
{
    /// <summary>
    /// The reader works on block structure and raw source text, never on inline nodes, so Markdig's inline
    /// pass has no parsers and no leaf asks for it. Pipe tables are read from their source by the reader itself.
    /// </summary>
    private static readonly MarkdownPipeline Pipeline = BlocksOnly(new MarkdownPipelineBuilder().UseYamlFrontMatter());

    private static MarkdownPipeline BlocksOnly(MarkdownPipelineBuilder builder)
    {
        builder.InlineParsers.Clear();
        foreach (var parser in builder.BlockParsers)
        {
            parser.Closed += SkipInlines;
        }

        return builder.Build();
    }

    /// <summary>Marks a closed leaf (paragraph, heading) as needing no inline pass: it would only wrap the text in one literal.</summary>
    private static void SkipInlines(BlockProcessor processor, Block block)
    {
        if (block is LeafBlock leaf)
        {
            leaf.ProcessInlines = false;
        }
    }

    /// <summary>
    /// How long reading one document may take. Real notes take milliseconds; a generated document that takes
    /// longer is refused rather than holding an import (and the import lock) for minutes.
    /// </summary>
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromSeconds(10);

    /// <summary>Parses <paramref name="text"/>, the decoded content of the document named <paramref name="source"/>.</summary>
    public static DocumentExtraction Parse(string source, string text) => Parse(source, text, DefaultBudget);

    /// <summary>
    /// Parses <paramref name="text"/>, the decoded content of the document named <paramref name="source"/>; a document
    /// that takes longer than <paramref name="budget"/> (<see cref="Timeout.InfiniteTimeSpan"/> for no limit) to read
    /// yields an error and no questions.
    /// </summary>
    public static DocumentExtraction Parse(string source, string text, TimeSpan budget)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(text);
        if (budget < TimeSpan.Zero && budget != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(budget), budget, "A reading budget is zero or more, or infinite.");
        }

        var lines = new SourceLines(text);
        if (NestingGuard.FirstTooDeepLine(lines) is > 0 and var deepLine)
        {
            return Failed(source, deepLine, $"lists or quotes nested more than {NestingGuard.MaxDepth} levels deep; nothing imported from this file");
        }

        using var deadline = new CancellationTokenSource(budget);
        try
        {
            MarkdownDocument document;
            try
            {
                document = Markdown.Parse(text, Pipeline);
            }
#pragma warning disable CA1031 // User content must never take the import down; the failure becomes a diagnostic.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                return Failed(source, 1, $"could not parse Markdown: {exception.Message}");
            }

            return Read(source, lines, document, deadline.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            return Failed(source, 1, $"reading took longer than the {budget.TotalSeconds:0.###} s one document may take; nothing imported from this file");
        }
    }

    /// <summary>
    /// Reads the document once as it is; when that shows concept notes (headings that name concepts over
    /// explanations, and no questions inside them), reads it again with those headings as questions.
    /// </summary>
    private static DocumentExtraction Read(string source, SourceLines lines, MarkdownDocument document, CancellationToken deadline)
    {
        deadline.ThrowIfCancellationRequested();
        var headings = HeadingPlan.Build(document, lines, deadline);
        var extraction = new Reader(source, lines, document, headings, deadline).Read();
        return ConceptNotes.Mark(headings, document, lines, extraction.Questions, deadline)
            ? new Reader(source, lines, document, headings, deadline).Read()
            : extraction;
    }

    private static DocumentExtraction Failed(string source, int line, string message) =>
        new(source, [], [], [new ImportDiagnostic(source, line, DiagnosticSeverity.Error, message)]);

    /// <summary>One pass over one document.</summary>
    private sealed partial class Reader
    {
        private readonly string _source;
        private readonly SourceLines _lines;
        private readonly MarkdownDocument _document;
        private readonly List<ExtractedQuestion> _questions = [];
        private readonly List<InvalidItem> _invalid = [];
        private readonly List<ImportDiagnostic> _diagnostics = [];
        private readonly List<Section> _sections = [];
        private IReadOnlyDictionary<string, Level> _legend = LevelMarkers.DefaultLegend;
        private readonly HeadingPlan _headings;
        private readonly CancellationToken _deadline;
        private QuestionDraft? _current;
        private IReadOnlyList<string>? _topic;

        public Reader(string source, SourceLines lines, MarkdownDocument document, HeadingPlan headings, CancellationToken deadline)
        {
            _source = source;
            _lines = lines;
            _document = document;
            _headings = headings;
            _deadline = deadline;
        }

        public DocumentExtraction Read()
        {
            ReadLegend();
            for (var index = 0; index < _document.Count; index++)
            {
                _deadline.ThrowIfCancellationRequested();
                Visit(_document[index], index);
            }

            Close(atBoundary: true);
            return new DocumentExtraction(_source, _questions, _invalid, _diagnostics);
        }

        private bool InSkippedSection => _sections.Exists(s => s.Skip);

        private void Visit(Block block, int index)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    VisitHeading(heading, index);
                    break;
                case ParagraphBlock paragraph:
                    VisitParagraph(paragraph);
                    break;
                case ListBlock list:
                    VisitList(list);
                    break;
                case HtmlBlock html:
                    VisitHtml(html);
                    break;
                case ThematicBreakBlock or LinkReferenceDefinitionGroup or BlankLineBlock:
                    break;
                case Markdig.Extensions.Yaml.YamlFrontMatterBlock:
                    break;
                default:
                    AppendToAnswer(block);
                    break;
            }
        }

        private void AppendToAnswer(Block block)
        {
            if (_current is null)
            {
                return;
            }

            _current.AnswerStarted = true;
            var first = block.Line;
            var last = Math.Max(first, _lines.LineOf(Math.Max(block.Span.End, block.Span.Start)));
            var linkOnly = block is ParagraphBlock && MarkdownInline.MayHoldLinks(_lines.Span(first, last)) && MarkdownInline.IsOnlyLinks(_lines.Lines(first, last));
            _current.Answer.Add(new AnswerPart(first, last, [block], linkOnly));
        }

        private void ReadLegend()
        {
            foreach (var block in _document)
            {
                if (block is ParagraphBlock or QuoteBlock or ListBlock && MayBeLegend(block))
                {
                    var legend = LevelMarkers.ReadLegend(BlockText(block));
                    if (legend.Count >= 2)
                    {
                        _legend = legend;
                        return;
                    }
                }
            }
        }

        private string BlockText(Block block)
        {
            var last = _lines.LineOf(Math.Max(block.Span.End, block.Span.Start));
            return _lines.Lines(block.Line, Math.Max(block.Line, last));
        }

        private bool IsLegend(Block block) => MayBeLegend(block) && LevelMarkers.ReadLegend(BlockText(block)).Count >= 2;

        /// <summary>A legend needs coloured-circle emoji; checking for them first spares copying every block.</summary>
        private bool MayBeLegend(Block block)
        {
            var start = Math.Clamp(block.Span.Start, 0, _lines.Text.Length);
            var length = Math.Clamp(block.Span.Length, 0, _lines.Text.Length - start);
            return LevelMarkers.HasSymbol(_lines.Text.AsSpan(start, length));
        }

        /// <summary>The titles of the open topic sections, outermost first; the same list until the sections change.</summary>
        private IReadOnlyList<string> CurrentTopic()
        {
            if (_topic is null)
            {
                var titles = new List<string>(_sections.Count);
                foreach (var section in _sections)
                {
                    if (section.Level is null && !section.Skip && section.Title.Length > 0)
                    {
                        titles.Add(section.Title);
                    }
                }

                _topic = [.. titles];
            }

            return _topic;
        }

        /// <summary>Changes the open sections through <paramref name="change"/>, forgetting the topic they made.</summary>
        private void ChangeSections(Action<List<Section>> change)
        {
            change(_sections);
            _topic = null;
        }

        private Level? CurrentSectionLevel()
        {
            for (var i = _sections.Count - 1; i >= 0; i--)
            {
                if (_sections[i].Level is { } level)
                {
                    return level;
                }
            }

            return null;
        }

        private sealed record Section(int HeadingLevel, string Title, Level? Level, bool Skip);
    }
}
