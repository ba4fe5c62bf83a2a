using Viva.Core.Import;
using Viva.Core.Questions;

namespace Viva.Linking.Training;

/// <summary>The curated bank and the seed documents, read with the importer's own parser.</summary>
public static class Corpus
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string Seeds => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));

    public static string Fixtures => Path.Combine(Root, "tests", "fixtures");

    public static string EmbeddingCache => Path.Combine(Root, "tools", "Viva.Linking.Training", ".cache");

    public static IReadOnlyList<ExtractedQuestion> Curated() =>
        [.. Read(Content, "*.md", SearchOption.AllDirectories).Where(q => q.Curated is not null)];

    public static IReadOnlyList<ExtractedQuestion> SeedQuestions() => Read(Seeds, "*", SearchOption.TopDirectoryOnly);

    private static List<ExtractedQuestion> Read(string folder, string pattern, SearchOption option)
    {
        var questions = new List<ExtractedQuestion>();
        foreach (var file in Directory.GetFiles(folder, pattern, option).Order(StringComparer.Ordinal))
        {
            var decoded = SourceDecoder.Decode(Path.GetFileName(file), File.ReadAllBytes(file));
            if (decoded.Text is not null)
            {
                questions.AddRange(MarkdownQuestionParser.Parse(Path.GetFileName(file), decoded.Text).Questions);
            }
        }

        return questions;
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Viva.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Viva.slnx not found; run from inside the repository");
    }
}
