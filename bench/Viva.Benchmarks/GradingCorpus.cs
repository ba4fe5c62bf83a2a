using System.Text;
using Viva.Core.Grading;
using Viva.Core.Import;

namespace Viva.Benchmarks;

/// <summary>
/// What grading throughput is measured on: the dev set's 335 typed answers to curated bank questions, each
/// with the question's reference answer and key points. Without the repository's files, generated requests.
/// </summary>
public static class GradingCorpus
{
    public static IReadOnlyList<GradingRequest> Load()
    {
        var root = Root();
        var devSet = root is null ? null : Path.Combine(root, "tests", "fixtures", "grading", "devset.tsv");
        if (devSet is null || !File.Exists(devSet))
        {
            return Generated(300);
        }

        var bank = Directory.GetFiles(Path.Combine(root!, "content"), "*.md", SearchOption.AllDirectories)
            .SelectMany(f => MarkdownQuestionParser.Parse(f, SourceDecoder.Decode(f, File.ReadAllBytes(f)).Text ?? string.Empty).Questions)
            .Where(q => q.Curated is not null)
            .ToDictionary(q => q.Curated!.Id, StringComparer.Ordinal);
        var lines = File.ReadAllLines(devSet);
        var header = lines[0].Split('\t').ToList();
        var (id, answer) = (header.IndexOf("question_id"), header.IndexOf("answer"));
        return [.. lines.Skip(1).Select(l => l.Split('\t')).Where(f => bank.ContainsKey(f[id])).Select(f =>
        {
            var q = bank[f[id]];
            return new GradingRequest(q.Text, q.Answer ?? string.Empty, q.Curated!.KeyPoints, f[answer]);
        })];
    }

    private static List<GradingRequest> Generated(int count)
    {
        var random = new Random(7);
        string Sentence(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => GeneratedDocument.Word(random))) + ".";
        return [.. Enumerable.Range(0, count).Select(_ =>
        {
            var reference = new StringBuilder();
            for (var s = 0; s < 8; s++)
            {
                reference.Append(Sentence(15)).Append(' ');
            }

            return new GradingRequest(Sentence(8), reference.ToString(), [.. Enumerable.Range(0, 5).Select(_ => Sentence(12))], Sentence(60));
        })];
    }

    private static string? Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Viva.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName;
    }
}
