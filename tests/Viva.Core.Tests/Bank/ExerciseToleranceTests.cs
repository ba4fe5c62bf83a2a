using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Viva.Core.Questions;
using Viva.Core.Tests.Support;

namespace Viva.Core.Tests.Bank;

/// <summary>
/// Where an exercise's results hold fractions, its prompt states the tolerance they are compared with, and states the one
/// the tests use: nobody should have to guess how results are rounded.
/// </summary>
public sealed partial class ExerciseToleranceTests
{
    public static TheoryData<string> Exercises()
    {
        var data = new TheoryData<string>();
        foreach (var question in All())
        {
            data.Add(question.Curated!.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Exercises))]
    public void Should_State_The_Tolerance_In_The_Prompt_When_Results_Hold_Fractions(string id)
    {
        // Given
        var exercise = All().Single(q => q.Curated!.Id == id).Curated!.Exercise!;
        var fractional = exercise.Tests.Any(t => HasFraction(JsonDocument.Parse(t.Expected).RootElement));

        // When
        var stated = StatedTolerance().Match(exercise.Prompt);

        // Then
        if (fractional)
        {
            Assert.True(stated.Success, $"{id}: the expected results hold fractions, but the prompt states no tolerance");
        }

        if (stated.Success)
        {
            var value = double.Parse(stated.Groups["value"].Value.TrimEnd('.'), NumberStyles.Float, CultureInfo.InvariantCulture);
            Assert.Equal(exercise.Tolerance, value);
        }
    }

    private static bool HasFraction(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetDouble() != Math.Floor(value.GetDouble()),
        JsonValueKind.Array => value.EnumerateArray().Any(HasFraction),
        JsonValueKind.Object => value.EnumerateObject().Any(p => HasFraction(p.Value)),
        _ => false,
    };

    private static List<ExtractedQuestion> All() =>
    [
        .. Directory.GetFiles(Repo.Content, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .SelectMany(f => Parse.File(f).Questions)
            .Where(q => q.Curated?.Exercise is not null),
    ];

    [GeneratedRegex(@"absolute\s+tolerance\s+of\s+(?<value>[0-9][0-9.eE+-]*)")]
    private static partial Regex StatedTolerance();
}
