using Viva.Core.Scheduling.Fsrs.Optimizer;

namespace Viva.Core.Tests.Scheduling.Optimizer;

public sealed class InitialStabilityTests
{
    [Fact]
    public void Missing_ratings_are_filled_between_their_neighbours_on_a_log_scale()
    {
        // Given: only Again and Good were ever given as first ratings
        double?[] fitted = [0.5, null, 4.0, null];

        // When
        var s = InitialStabilitySmoother.SmoothAndFill(fitted, [100, 0, 300, 0]);

        // Then: Hard sits 41% of the way from Again to Good; Easy extends Hard → Good past Good
        Assert.Equal(0.5, s[0], 12);
        Assert.Equal(4.0, s[2], 12);
        Assert.True(s[0] < s[1] && s[1] < s[2] && s[2] < s[3]);
        Assert.Equal(Math.Exp((Math.Log(s[2]) - 0.46 * Math.Log(s[1])) / 0.54), s[3], 9);
        Assert.Equal(Math.Exp(0.41 * Math.Log(0.5) + 0.59 * Math.Log(4.0)), s[1], 9);
    }

    [Fact]
    public void An_out_of_order_pair_takes_the_value_with_more_reviews_behind_it()
    {
        // When
        var s = InitialStabilitySmoother.SmoothAndFill([2.0, 1.0, 5.0, 20.0], [10, 500, 500, 500]);

        // Then
        Assert.Equal([1.0, 1.0, 5.0, 20.0], s);
    }

    [Fact]
    public void One_known_rating_scales_the_defaults()
    {
        // When
        var s = InitialStabilitySmoother.SmoothAndFill([null, null, 4.613, null], [0, 0, 50, 0]);

        // Then: 4.613 is twice the default Good stability
        Assert.Equal(2 * 0.212, s[0], 6);
        Assert.Equal(2 * 8.2956, s[3], 6);
    }

    [Fact]
    public void Pretraining_finds_the_stabilities_of_the_real_log_in_rating_order()
    {
        // When
        var s = InitialStabilityFitter.Fit(OptimizerData.Real.Items);

        // Then: the log's first ratings are Again and Good, so Hard and Easy are filled in
        Assert.All(s, v => Assert.InRange(v, 0.001, 100));
        Assert.True(s[0] <= s[1] && s[1] <= s[2] && s[2] <= s[3], string.Join(", ", s));
    }
}
