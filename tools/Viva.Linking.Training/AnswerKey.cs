using System.Globalization;

namespace Viva.Linking.Training;

/// <summary>
/// The hand-checked answer key (<c>tests/fixtures/coverage/seed-to-curated.tsv</c>): for every seed question, the
/// curated questions that answer it, and whether the linker finds one of them (<c>linker</c>) or only the key does (<c>hand</c>).
/// </summary>
public sealed record AnswerKey(string Source, int Line, string[] Curated, string By, string Question)
{
    public static string Path => System.IO.Path.Combine(Corpus.Fixtures, "coverage", "seed-to-curated.tsv");

    public static Dictionary<(string Source, int Line), AnswerKey> Load() =>
        File.ReadAllLines(Path).Skip(1).Select(l => l.Split('\t'))
            .Select(p => new AnswerKey(p[0], int.Parse(p[1], CultureInfo.InvariantCulture), p[2].Split(';', StringSplitOptions.RemoveEmptyEntries), p[3], p[4]))
            .ToDictionary(k => (k.Source, k.Line));

    public static void Save(IEnumerable<AnswerKey> keys)
    {
        using var writer = new StreamWriter(Path) { NewLine = "\n" };
        writer.WriteLine("source\tline\tcurated\tby\tquestion");
        foreach (var k in keys)
        {
            writer.WriteLine($"{k.Source}\t{k.Line}\t{string.Join(';', k.Curated)}\t{k.By}\t{k.Question}");
        }
    }
}
