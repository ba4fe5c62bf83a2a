using Viva.Core.Scheduling;

namespace Viva.Core.Tests.Scheduling;

// Anki's fuzz test table (../shared/spec/FSRS_VECTORS.md V13).
public sealed class IntervalFuzzTests
{
    [Theory]
    [InlineData(1.0, 1, 1000, 1, 1, 1)]
    [InlineData(2.49, 1, 1000, 2, 2, 2)]
    [InlineData(2.5, 1, 1000, 2, 3, 4)]
    [InlineData(7.0, 1, 1000, 5, 7, 9)]
    [InlineData(17.0, 1, 1000, 14, 17, 20)]
    [InlineData(37.0, 1, 1000, 33, 37, 41)]
    [InlineData(2.0, 3, 1000, 3, 4, 4)]
    [InlineData(19.9, 3, 1000, 17, 20, 23)]
    [InlineData(20.0, 3, 1000, 17, 20, 23)]
    [InlineData(20.1, 3, 1000, 17, 20, 23)]
    [InlineData(100.0, 101, 1000, 101, 105, 108)]
    [InlineData(100.0, 1, 99, 92, 96, 99)]
    [InlineData(100.0, 97, 103, 97, 100, 103)]
    public void Fuzzed_intervals_match_anki(double interval, int minimum, int maximum, int low, int middle, int high)
    {
        Assert.Equal(low, IntervalFuzz.Constrain(interval, minimum, maximum, 0.0));
        Assert.Equal(middle, IntervalFuzz.Constrain(interval, minimum, maximum, 0.5));
        Assert.Equal(high, IntervalFuzz.Constrain(interval, minimum, maximum, 0.99));
    }

    [Theory]
    [InlineData(1.5, 2)]
    [InlineData(0.1, 1)]
    [InlineData(101.0, 100)]
    public void Without_fuzz_intervals_are_rounded_and_clamped(double interval, int expected) =>
        Assert.Equal(expected, IntervalFuzz.Constrain(interval, 1, 100, null));

    [Fact]
    public void The_fuzz_factor_is_reproducible_per_card_and_review_and_spread_over_the_unit_interval()
    {
        Assert.Equal(IntervalFuzz.Factor("l1-vs-l2", 3), IntervalFuzz.Factor("l1-vs-l2", 3));
        Assert.NotEqual(IntervalFuzz.Factor("l1-vs-l2", 3), IntervalFuzz.Factor("l1-vs-l2", 4));
        var factors = Enumerable.Range(0, 10_000).Select(i => IntervalFuzz.Factor($"card-{i}", 1)).ToList();
        Assert.All(factors, f => Assert.InRange(f, 0, 1 - 1e-12));
        Assert.InRange(factors.Average(), 0.48, 0.52);
    }
}
