using Viva.Core.Grading;

namespace Viva.Grading.Training;

/// <summary>SemEval-2013 Task 7 (Beetle and SciEntsBank), two-way labels: correct → 1, incorrect → 0.</summary>
public static class SemEvalSet
{
    public static IReadOnlyList<Example> Load(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split('\t');
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new InvalidDataException($"{path}: no column '{name}'");
        var (corpus, questionId, question, references, answer, label) =
            (Column("corpus"), Column("question_id"), Column("question"), Column("reference_answers"), Column("student_answer"), Column("label_2way"));
        var examples = new List<Example>();
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var f = line.Split('\t');
            var requests = f[references].Split(" || ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(r => new GradingRequest(f[question], r, [], f[answer]))
                .ToList();
            examples.Add(new Example($"{f[corpus]}:{f[questionId]}", requests, f[label] == "correct" ? 1 : 0, f[corpus]));
        }

        return examples;
    }
}
