using Viva.Core.Scheduling;

namespace Viva.Core.Tests.Scheduling;

public sealed class RatingSuggestionTests
{
    public sealed class TheAfterOverrideMethod
    {
        [Theory]
        [InlineData(Rating.Again, GradeOverride.Right, Rating.Good)]
        [InlineData(Rating.Hard, GradeOverride.Right, Rating.Good)]
        [InlineData(Rating.Good, GradeOverride.Right, Rating.Good)]
        [InlineData(Rating.Easy, GradeOverride.Right, Rating.Easy)]
        [InlineData(Rating.Easy, GradeOverride.Wrong, Rating.Again)]
        [InlineData(Rating.Good, GradeOverride.Wrong, Rating.Again)]
        [InlineData(Rating.Hard, null, Rating.Hard)]
        public void Should_Follow_The_Users_Verdict_On_The_Grade(Rating suggested, GradeOverride? verdict, Rating expected)
        {
            // When
            var rating = RatingSuggestion.AfterOverride(suggested, verdict);

            // Then
            Assert.Equal(expected, rating);
        }
    }

    public sealed class TheOverrideNames
    {
        [Theory]
        [InlineData("right", GradeOverride.Right)]
        [InlineData(" Wrong ", GradeOverride.Wrong)]
        public void Should_Read_The_Stable_Names(string text, GradeOverride expected)
        {
            // Then
            Assert.True(GradeOverrideNames.TryParse(text, out var verdict));
            Assert.Equal(expected, verdict);
            Assert.Equal(text.Trim().ToLowerInvariant(), verdict.ToName());
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("maybe")]
        [InlineData("1")]
        public void Should_Refuse_Anything_Else(string? text)
        {
            // Then
            Assert.False(GradeOverrideNames.TryParse(text, out _));
        }
    }
}
