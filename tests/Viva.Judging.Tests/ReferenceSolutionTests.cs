using Viva.Core.Exercises;
using Viva.Core.Tests.Support;

namespace Viva.Judging.Tests;

/// <summary>Every exercise in <c>content/</c>: each reference solution passes its own tests, and each starter does not.</summary>
public sealed class ReferenceSolutionTests
{
    private const string NumPy = "numpy";

    public static TheoryData<string, string> Solutions() => SolutionsWhere(e => e.Requires is null);

    public static TheoryData<string, string> NumPySolutions() => SolutionsWhere(e => e.Requires == NumPy);

    [Fact]
    public void Should_Find_The_Exercises_In_The_Bank() =>
        Assert.True(All().Count >= 45, $"only {All().Count} exercises in content/");

    [Fact]
    public void Should_Offer_At_Least_Fifteen_Sql_Fifteen_Machine_Learning_And_Fifteen_Algorithm_Exercises()
    {
        // When: machine learning exercises are the Python ones under the classical-ml and deep-learning topics;
        // data-structure and algorithm ones are those under algorithms-coding, each offered in Python and C#.
        var sql = All().Count(e => e.Exercise.Languages.Contains(ExerciseLanguages.Sql));
        var ml = All().Count(e => e.Exercise.Languages.Contains(ExerciseLanguages.Python)
            && (e.File.StartsWith("classical-ml", StringComparison.Ordinal) || e.File.StartsWith("deep-learning", StringComparison.Ordinal)));
        var algorithms = All().Count(e => e.File.StartsWith("algorithms-coding", StringComparison.Ordinal)
            && e.Exercise.Languages.Contains(ExerciseLanguages.Python) && e.Exercise.Languages.Contains(ExerciseLanguages.CSharp));

        // Then
        Assert.True(sql >= 15, $"{sql} SQL exercises");
        Assert.True(ml >= 15, $"{ml} machine learning exercises");
        Assert.True(algorithms >= 15, $"{algorithms} algorithm exercises in Python and C#");
    }

    [Fact]
    public void Should_Require_No_Module_But_NumPy_Which_The_Test_Setup_Installs()
    {
        var others = All().Where(e => e.Exercise.Requires is { } module && module != NumPy).Select(e => $"{e.Id}: {e.Exercise.Requires}");
        Assert.Empty(others);
        Assert.NotEmpty(NumPySolutions());
    }

    [Theory]
    [MemberData(nameof(Solutions))]
    public Task Should_Pass_Every_Test_With_The_Reference_Solution_And_Fail_With_The_Starter(string id, string language) =>
        CheckAsync(id, language);

    [NumPyTheory]
    [MemberData(nameof(NumPySolutions))]
    public Task Should_Pass_Every_Test_With_The_Reference_Solution_And_Fail_With_The_Starter_Where_NumPy_Is_Installed(string id, string language) =>
        CheckAsync(id, language);

    private static async Task CheckAsync(string id, string language)
    {
        var judge = Judges.For(language);
        if (judge is null || (language == ExerciseLanguages.Python && !PythonJudgeTests.PythonAvailable()))
        {
            return;
        }

        // Given
        var exercise = All().Single(e => e.Id == id).Exercise;
        var code = exercise.For(language)!;

        // When
        var reference = await judge.JudgeAsync(exercise, code.Solution, JudgeLimits.Default);
        var starter = code.Starter is null ? null : await judge.JudgeAsync(exercise, code.Starter, JudgeLimits.Default);

        // Then
        var failing = reference.Tests.Where(t => !t.Passed).Select(t => $"{t.Name}: expected {t.Expected}, got {t.Actual ?? t.Error}");
        Assert.True(reference.Status == JudgeStatus.Passed, $"{id} ({language}): {reference.Status} {reference.Message} {string.Join("; ", failing)}");
        Assert.Equal(exercise.Tests.Count, reference.PassedCount);
        Assert.NotEqual(JudgeStatus.Passed, starter?.Status);
    }

    private static TheoryData<string, string> SolutionsWhere(Func<Exercise, bool> keep)
    {
        var data = new TheoryData<string, string>();
        foreach (var (id, _, exercise) in All().Where(e => keep(e.Exercise)))
        {
            foreach (var language in exercise.Languages)
            {
                data.Add(id, language);
            }
        }

        return data;
    }

    private static List<(string Id, string File, Exercise Exercise)> All() =>
    [
        .. Directory.GetFiles(Repo.Content, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .SelectMany(f => Parse.File(f).Questions.Select(q => (File: Path.GetRelativePath(Repo.Content, f), Question: q)))
            .Where(x => x.Question.Curated?.Exercise is not null)
            .Select(x => (x.Question.Curated!.Id, x.File, x.Question.Curated.Exercise!)),
    ];
}
