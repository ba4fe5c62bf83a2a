using Viva.Core.Import;
using Viva.Core.Linking;

namespace Viva.Benchmarks;

/// <summary>What the benchmarks time: extraction plus duplicate linking, no storage.</summary>
public static class ImportPipeline
{
    public static int ExtractAndLink(string text)
    {
        var extraction = MarkdownQuestionParser.Parse("bench.md", text);
        var items = extraction.Questions.Select((q, i) => new LinkItem("q" + i, q.Text, false)).ToList();
        return new DuplicateLinker().Link(items).Count;
    }
}
