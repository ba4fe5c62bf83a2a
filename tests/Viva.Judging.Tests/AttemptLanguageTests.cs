using Viva.Core.Exercises;

namespace Viva.Judging.Tests;

public sealed class AttemptLanguageTests
{
    private static readonly string[] PythonAndCSharp = [ExerciseLanguages.Python, ExerciseLanguages.CSharp];

    [Theory]
    [InlineData("def two_sum(nums, target):\n    return []\n", "python")]
    [InlineData("class Node:\n    pass\n\n\ndef reverse(head):\n    return head\n", "python")]
    [InlineData("public static class Solution\n{\n    public static int[] TwoSum(int[] nums, int target) => [];\n}\n", "csharp")]
    [InlineData("static class S { static int F(int x) => x; }", "csharp")]
    [InlineData("sealed record Pair(int A, int B);\npublic sealed class Node(int value)\n{\n}\n", "csharp")]
    [InlineData("return 1", "python")]
    public void Should_Recognise_The_Language_An_Attempt_Is_Written_In(string attempt, string language) =>
        Assert.Equal(language, AttemptLanguage.Guess(PythonAndCSharp, attempt));

    [Fact]
    public void Should_Only_Pick_A_Language_The_Exercise_Offers() =>
        Assert.Equal(ExerciseLanguages.Python, AttemptLanguage.Guess([ExerciseLanguages.Python], "public static class Solution { }"));

    [Fact]
    public void Should_Recognise_A_Query_Among_Sql_And_Python() =>
        Assert.Equal(ExerciseLanguages.Sql, AttemptLanguage.Guess([ExerciseLanguages.Python, ExerciseLanguages.Sql], "  with t as (select 1) select * from t"));
}
