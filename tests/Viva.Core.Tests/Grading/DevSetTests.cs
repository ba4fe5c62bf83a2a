using System.Globalization;
using Viva.Core.Grading;
using Viva.Core.Questions;
using Viva.Core.Tests.Support;
using Xunit.Abstractions;

namespace Viva.Core.Tests.Grading;

/// <summary>The shipped grader against the hand-scored dev set (<c>tests/fixtures/grading/devset.tsv</c>).</summary>
public sealed class DevSetTests(ITestOutputHelper output)
{
    private static readonly Lazy<List<(string Question, double Human, double Predicted)>> Graded = new(GradeAll);

    [Fact]
    public void Should_Correlate_With_Human_Scores()
    {
        // Given
        var graded = Graded.Value;

        // When
        var r = Pearson(graded.Select(g => g.Predicted).ToList(), graded.Select(g => g.Human).ToList());

        // Then
        output.WriteLine($"dev set: {graded.Count} answers to {graded.Select(g => g.Question).Distinct().Count()} questions, Pearson r {r:F3}");
        Assert.True(graded.Count >= 200, "the dev set should hold at least 200 answers");
        Assert.True(r >= 0.8, $"Pearson r {r:F3} with the human scores is below 0.8");
    }

    [Fact]
    public void Should_Score_Every_Wrong_Answer_Below_Every_Excellent_One()
    {
        // When
        var failures = new List<string>();
        foreach (var question in Graded.Value.GroupBy(g => g.Question))
        {
            var wrong = question.Where(g => g.Human <= 1).ToList();
            var excellent = question.Where(g => g.Human >= 4.5).ToList();
            if (wrong.Count > 0 && excellent.Count > 0 && wrong.Max(g => g.Predicted) >= excellent.Min(g => g.Predicted))
            {
                failures.Add($"{question.Key}: a wrong answer scored {wrong.Max(g => g.Predicted)}, an excellent one {excellent.Min(g => g.Predicted)}");
            }
        }

        // Then
        Assert.Empty(failures);
    }

    private static List<(string Question, double Human, double Predicted)> GradeAll()
    {
        var bank = Directory.GetFiles(Repo.Content, "*.md", SearchOption.AllDirectories)
            .SelectMany(f => Parse.File(f).Questions)
            .Where(q => q.Curated is not null)
            .ToDictionary(q => q.Curated!.Id, StringComparer.Ordinal);
        var lines = File.ReadAllLines(Path.Combine(Repo.Fixtures, "grading", "devset.tsv"));
        var header = lines[0].Split('\t').ToList();
        var (id, score, answer) = (header.IndexOf("question_id"), header.IndexOf("score"), header.IndexOf("answer"));
        var graded = new List<(string, double, double)>();
        foreach (var fields in lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')))
        {
            ExtractedQuestion q = bank[fields[id]];
            var result = LexicalGrader.Default.Grade(new GradingRequest(q.Text, q.Answer!, q.Curated!.KeyPoints, fields[answer]));
            graded.Add((fields[id], double.Parse(fields[score], CultureInfo.InvariantCulture), result.Score));
        }

        return graded;
    }

    private static double Pearson(List<double> x, List<double> y)
    {
        var (mx, my) = (x.Average(), y.Average());
        var sxy = x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum();
        var sxx = x.Sum(a => (a - mx) * (a - mx));
        var syy = y.Sum(b => (b - my) * (b - my));
        return sxy / Math.Sqrt(sxx * syy);
    }
}
