using Viva.Core.Import;
using Viva.Core.Linking;

namespace Viva.Benchmarks;

/// <summary>Writes everything extraction and linking produce for the seeds, the fixtures and a generated document, to compare two builds.</summary>
public static class ImportDump
{
    public static void Run(string path)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Viva.slnx")))
        {
            root = root.Parent!;
        }

        var documents = new List<(string Name, string Text)>();
        var seeds = Path.Combine(root.FullName, "..", "shared", "seeds");
        documents.AddRange(Directory.GetFiles(seeds).Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllText(f))));
        documents.AddRange(Directory.GetFiles(Path.Combine(root.FullName, "tests", "fixtures", "questions"), "*.md").Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllText(f))));
        documents.Add(("corpus", Corpus.Load()));
        documents.Add(("generated", GeneratedDocument.Build(3_000)));
        using var writer = new StreamWriter(path);
        foreach (var (name, text) in documents)
        {
            var extraction = MarkdownQuestionParser.Parse(name, text);
            writer.WriteLine($"=== {name}: {extraction.Questions.Count} questions");
            foreach (var q in extraction.Questions)
            {
                writer.WriteLine($"Q {q.Line} [{q.Level}] {{{string.Join(" / ", q.Topic)}}} {q.Text}");
                writer.WriteLine($"A {q.AnswerQuality} {q.Answer}");
                foreach (var code in q.Code)
                {
                    writer.WriteLine($"C {code}");
                }

                writer.WriteLine($"M {q.Curated}");
            }

            foreach (var invalid in extraction.Invalid)
            {
                writer.WriteLine($"I {invalid}");
            }

            foreach (var diagnostic in extraction.Diagnostics)
            {
                writer.WriteLine($"D {diagnostic}");
            }

            var links = new DuplicateLinker().Link([.. extraction.Questions.Select((q, i) => new LinkItem("q" + i, q.Text, false))]);
            writer.WriteLine($"L {string.Join(' ', links)}");
        }
    }
}
