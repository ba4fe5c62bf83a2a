using System.Globalization;
using Viva.Core.Grading;
using Viva.Core.Questions;

namespace Viva.Grading.Training;

/// <summary>
/// The hand-scored development set (<c>tests/fixtures/grading/devset.tsv</c>): answers to curated bank
/// questions scored 0–5, graded against the question's reference answer and key points.
/// </summary>
public static class DevSet
{
    public static IReadOnlyList<Example> Load(string path, IReadOnlyList<ExtractedQuestion> bank)
    {
        var byId = bank.ToDictionary(q => q.Curated!.Id, StringComparer.Ordinal);
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split('\t');
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new InvalidDataException($"{path}: no column '{name}'");
        var (questionId, score, answer) = (Column("question_id"), Column("score"), Column("answer"));
        var examples = new List<Example>();
        foreach (var (line, number) in lines.Select((l, i) => (l, i + 1)).Skip(1).Where(p => p.l.Length > 0))
        {
            var f = line.Split('\t');
            if (!byId.TryGetValue(f[questionId], out var q))
            {
                throw new InvalidDataException($"{path}:{number}: no curated question '{f[questionId]}'");
            }

            var request = new GradingRequest(q.Text, q.Answer ?? string.Empty, q.Curated!.KeyPoints, f[answer]);
            examples.Add(new Example(f[questionId], [request], double.Parse(f[score], CultureInfo.InvariantCulture) / 5.0, "devset"));
        }

        return examples;
    }
}
