using Viva.Core.Exercises;
using Viva.Core.Scheduling;

namespace Viva.Core.Tests.Exercises;

public sealed class ExerciseRatingTests
{
    private static readonly TestOutcome Pass = new("p", true, "1", "1");
    private static readonly TestOutcome Fail = new("f", false, "1", "2");

    [Theory]
    [InlineData(2, false, Rating.Easy)]
    [InlineData(2, true, Rating.Good)]
    [InlineData(20, false, Rating.Good)]
    public void Should_Suggest_Good_Or_Easy_When_Every_Test_Passes(int minutes, bool hints, Rating rating) =>
        Assert.Equal(rating, ExerciseRating.Suggest(JudgeResult.Ran([Pass, Pass], TimeSpan.Zero), TimeSpan.FromMinutes(minutes), hints));

    [Fact]
    public void Should_Suggest_Hard_When_At_Least_Half_Pass_And_Again_Below()
    {
        Assert.Equal(Rating.Hard, ExerciseRating.Suggest(JudgeResult.Ran([Pass, Fail], TimeSpan.Zero), TimeSpan.FromMinutes(1), false));
        Assert.Equal(Rating.Again, ExerciseRating.Suggest(JudgeResult.Ran([Pass, Fail, Fail], TimeSpan.Zero), TimeSpan.FromMinutes(1), false));
    }

    [Theory]
    [InlineData(JudgeStatus.Error, Rating.Again)]
    [InlineData(JudgeStatus.TimedOut, Rating.Again)]
    [InlineData(JudgeStatus.MemoryExceeded, Rating.Again)]
    [InlineData(JudgeStatus.Rejected, Rating.Again)]
    [InlineData(JudgeStatus.Unavailable, null)]
    public void Should_Suggest_Again_After_A_Crash_And_Nothing_When_Nothing_Ran(JudgeStatus status, Rating? rating) =>
        Assert.Equal(rating, ExerciseRating.Suggest(JudgeResult.Stopped(status, "stopped"), TimeSpan.FromMinutes(1), false));
}
