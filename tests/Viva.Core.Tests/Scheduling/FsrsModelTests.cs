using Viva.Core.Scheduling;
using Viva.Core.Scheduling.Fsrs;

namespace Viva.Core.Tests.Scheduling;

// Expected values are the official FSRS implementations' unit-test values (../shared/spec/FSRS_VECTORS.md).
public sealed class FsrsModelTests
{
    private static readonly FsrsModel Model = new(FsrsParameters.Default);

    internal static void Close(double expected, double actual, double relative = 1e-4) =>
        Assert.True(Math.Abs(expected - actual) <= relative * Math.Max(1, Math.Abs(expected)), $"expected {expected}, got {actual}");

    [Theory]
    [InlineData(0, 1, 1.0)]
    [InlineData(1, 2, 0.9403443)]
    [InlineData(2, 3, 0.9253786)]
    [InlineData(3, 4, 0.9185229)]
    [InlineData(4, 4, 0.9)]
    [InlineData(5, 2, 0.8261359)]
    [InlineData(2, 1, 0.8458846447796301)]
    [InlineData(3, 1, 0.8093881028681906)]
    public void Forgetting_curve_matches_the_reference(double t, double s, double expected) =>
        Close(expected, Model.Retrievability(t, s));

    [Fact]
    public void Forgetting_curve_with_another_decay_matches_the_reference()
    {
        var w = FsrsParameters.Default.Weights.ToArray();
        w[20] = 0.2;
        var model = new FsrsModel(FsrsParameters.From(w));
        double[] expected = [1.0, 0.9, 0.84028935, 0.7985001];
        for (var t = 0; t < 4; t++)
        {
            Close(expected[t], model.Retrievability(t, 1));
        }
    }

    [Theory]
    [InlineData(Rating.Again, 8.341763)]
    [InlineData(Rating.Hard, 6.6659956)]
    [InlineData(Rating.Good, 4.990228)]
    [InlineData(Rating.Easy, 3.3144615)]
    public void Difficulty_update_matches_the_reference(Rating rating, double expected) =>
        Close(expected, Model.NextDifficulty(5.0, rating));

    [Theory]
    [InlineData(Rating.Again, 1, 0.9, 25.602541)]
    [InlineData(Rating.Hard, 2, 0.8, 28.226582)]
    [InlineData(Rating.Good, 3, 0.7, 58.656002)]
    [InlineData(Rating.Easy, 4, 0.6, 127.226685)]
    public void Stability_after_recall_matches_the_reference(Rating rating, double d, double r, double expected) =>
        Close(expected, Model.StabilityAfterRecall(5, d, r, rating));

    [Theory]
    [InlineData(1, 0.9, 1.0525396)]
    [InlineData(2, 0.8, 1.1894329)]
    [InlineData(3, 0.7, 1.3680838)]
    [InlineData(4, 0.6, 1.584989)]
    public void Stability_after_lapse_matches_the_reference(double d, double r, double expected) =>
        Close(expected, Model.StabilityAfterLapse(5, d, r));

    [Theory]
    [InlineData(Rating.Again, 1.596818)]
    [InlineData(Rating.Hard, 5.0)]
    [InlineData(Rating.Good, 5.0)]
    [InlineData(Rating.Easy, 8.12961)]
    public void Same_day_stability_matches_the_reference(Rating rating, double expected) =>
        Close(expected, Model.ShortTermStability(5, rating));

    [Fact]
    public void First_review_matches_the_reference()
    {
        double[] s = [0.212, 1.2931, 2.3065, 8.2956];
        double[] d = [6.4133, 5.11217071, 2.11810397, 1];
        for (var g = 1; g <= 4; g++)
        {
            var state = Model.Step(null, 0, (Rating)g);
            Close(s[g - 1], state.Stability);
            Close(d[g - 1], state.Difficulty);
        }
    }

    public static TheoryData<int[], int[], bool, double, double> Histories => new()
    {
        { [1, 3, 3, 3, 3, 3], [0, 0, 1, 3, 8, 21], true, 53.62691, 6.3574867 },
        { [1, 3, 3, 3, 3, 3], [0, 0, 1, 3, 8, 21], false, 53.335106, 6.3574867 },
        { [1, 2, 3, 4, 3, 3], [0, 0, 1, 3, 8, 21], true, 51.0810, 6.7493 },
        { [1, 3, 3, 3, 3, 3, 3], [0, 0, 0, 1, 3, 8, 21], true, 54.0393, 6.3464 },
    };

    [Theory]
    [MemberData(nameof(Histories))]
    public void Memory_state_after_a_history_matches_the_reference(int[] ratings, int[] days, bool shortTerm, double s, double d)
    {
        var model = new FsrsModel(FsrsParameters.Default, shortTerm);
        var state = model.Replay(ratings.Zip(days, (r, t) => ((Rating)r, (double)t)))!.Value;
        Close(s, state.Stability);
        Close(d, state.Difficulty);
    }

    private static readonly double[] Fsrs5Era =
    [
        0.6845422, 1.6790825, 4.7349424, 10.042885, 7.4410233, 0.64219797, 1.071918, 0.0025195254, 1.432437, 0.1544,
        0.8692766, 2.0696752, 0.0953, 0.2975, 2.4691248, 0.19542035, 3.201072, 0.18046261, 0.121442534,
    ];

    [Fact]
    public void Next_states_with_a_nineteen_weight_vector_match_the_reference()
    {
        var model = new FsrsModel(FsrsParameters.From(Fsrs5Era));
        var full = model.Replay([(Rating.Again, 0), (Rating.Good, 1), (Rating.Good, 3), (Rating.Good, 8), (Rating.Good, 21)])!.Value;
        Close(31.722992, full.Stability);
        Close(7.382128, full.Difficulty);

        var before = model.Replay([(Rating.Again, 0), (Rating.Good, 1), (Rating.Good, 3), (Rating.Good, 8)]);
        double[] s = [2.9691455, 17.091452, 31.722992, 71.7502];
        double[] d = [8.000659, 7.6913934, 7.382128, 7.0728626];
        for (var g = 1; g <= 4; g++)
        {
            var next = model.Step(before, 21, (Rating)g);
            Close(s[g - 1], next.Stability);
            Close(d[g - 1], next.Difficulty);
            Close(s[g - 1], model.Interval(0.9, next.Stability));
        }

        var good = model.Step(new MemoryState(20.925528, 7.005062), 21, Rating.Good);
        Close(40.87456, good.Stability);
        Close(6.9913807, good.Difficulty);
        Close(121.01552, model.Interval(0.9, 121.01552));
    }

    [Fact]
    public void Intervals_from_desired_retention_match_the_reference()
    {
        int[] expected = [3116769, 34793, 2508, 387, 90, 27, 9, 3, 1, 1];
        for (var i = 0; i < 10; i++)
        {
            var r = (i + 1) / 10.0;
            var days = Math.Max(1, Math.Round(Model.Interval(r, 1), MidpointRounding.AwayFromZero));
            Assert.Equal(expected[i], days);
            Assert.Equal(Math.Min(expected[i], 36500), IntervalFuzz.Constrain(Model.Interval(r, 1), 1, 36500, null));
        }
    }

    [Fact]
    public void Older_vectors_are_migrated_and_out_of_range_weights_clipped()
    {
        var migrated = FsrsParameters.From([0.4, 0.6, 2.4, 5.8, 4.93, 0.94, 0.86, 0.01, 1.49, 0.14, 0.94, 2.18, 0.05, 0.34, 1.26, 0.29, 2.61]);
        double[] expected = [0.4, 0.6, 2.4, 5.8, 6.81, 0.44675013, 1.36, 0.01, 1.49, 0.14, 0.94, 2.18, 0.05, 0.34, 1.26, 0.29, 2.61, 0.0, 0.0, 0.0, 0.5];
        for (var i = 0; i < 21; i++)
        {
            Close(expected[i], migrated[i]);
        }

        var clipped = FsrsParameters.From([0.0, -1000.0, 1000.0, 0.0, 1000.0, -1000.0, 1.0, 0.25, -0.1, .. FsrsParameters.Default.Weights.Skip(9)]);
        Assert.Equal([0.001, 0.001, 100.0, 0.001, 10.0, 0.001, 1.0, 0.25, 0.0], clipped.Weights.Take(9));
        Assert.Throws<ArgumentException>(() => FsrsParameters.From([1, 2, 3]));
        Assert.Throws<ArgumentException>(() => FsrsParameters.From([.. FsrsParameters.Default.Weights.Take(20), double.NaN]));
        Assert.Same(FsrsParameters.Default, FsrsParameters.From([]));
    }
}
