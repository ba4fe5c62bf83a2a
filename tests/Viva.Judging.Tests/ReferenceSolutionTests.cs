using Viva.Core.Exercises;
using Viva.Core.Tests.Support;

namespace Viva.Judging.Tests;

/// <summary>Every exercise in <c>content/</c>: each reference solution passes its own tests, and each starter does not.</summary>
public sealed class ReferenceSolutionTests
{
    public static TheoryData<string, string> Solutions()
    {
        var data = new TheoryData<string, string>();
        foreach (var (id, exercise) in All())
        {
            foreach (var language in exercise.Languages)
            {
                data.Add(id, language);
            }
        }

        return data;
    }

    [Fact]
    public void Should_Find_The_Exercises_In_The_Bank() =>
        Assert.True(All().Count >= 12, $"only {All().Count} exercises in content/");

    [Theory]
    [MemberData(nameof(Solutions))]
    public async Task Should_Pass_Every_Test_With_The_Reference_Solution_And_Fail_With_The_Starter(string id, string language)
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
        if (reference.Status == JudgeStatus.Unavailable && exercise.Requires is not null)
        {
            Assert.Contains(exercise.Requires, reference.Message, StringComparison.Ordinal);
            return;
        }

        var failing = reference.Tests.Where(t => !t.Passed).Select(t => $"{t.Name}: expected {t.Expected}, got {t.Actual ?? t.Error}");
        Assert.True(reference.Status == JudgeStatus.Passed, $"{id} ({language}): {reference.Status} {reference.Message} {string.Join("; ", failing)}");
        Assert.Equal(exercise.Tests.Count, reference.PassedCount);
        Assert.NotEqual(JudgeStatus.Passed, starter?.Status);
    }

    private static List<(string Id, Exercise Exercise)> All() =>
    [
        .. Directory.GetFiles(Repo.Content, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .SelectMany(f => Parse.File(f).Questions)
            .Where(q => q.Curated?.Exercise is not null)
            .Select(q => (q.Curated!.Id, q.Curated.Exercise!)),
    ];
}
