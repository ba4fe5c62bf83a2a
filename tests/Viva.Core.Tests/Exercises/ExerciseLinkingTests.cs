using Viva.Core.Linking;

namespace Viva.Core.Tests.Exercises;

public sealed class ExerciseLinkingTests
{
    [Fact]
    public void Should_Keep_An_Exercise_Apart_From_The_Question_That_Explains_The_Same_Thing()
    {
        // Given: two imported wordings that link to each other, and an exercise worded the same way.
        LinkItem[] items =
        [
            new("imported-1", "How does binary search work on a sorted array?", false),
            new("exercise", "How does binary search work on a sorted array?", true, IsExercise: true),
            new("imported-2", "How does binary search work on a sorted array", false),
        ];

        // When
        var clusters = new DuplicateLinker().Link(items);

        // Then
        Assert.Equal(["imported-1", "exercise", "imported-1"], clusters);
    }
}
