using Viva.Core.Analytics;
using Viva.Core.Text;
using Viva.Web.Rendering;

namespace Viva.Web.Tests.Rendering;

/// <summary>Counts read "1 day", never "1 days", in the captions and elsewhere; heading paths shorten to first › … › last.</summary>
public sealed class PluralAndCaptionTests
{
    [Theory]
    [InlineData(0, "0 days")]
    [InlineData(1, "1 day")]
    [InlineData(2, "2 days")]
    public void Should_Put_The_Noun_In_The_Number_The_Count_Asks_For(int count, string expected) => Assert.Equal(expected, Plural.Of(count, "day"));

    [Fact]
    public void Should_Take_An_Irregular_Plural() => Assert.Equal("3 studies", Plural.Of(3, "study", "studies"));

    [Fact]
    public void Should_Say_One_Review_And_One_Card_In_The_Singular()
    {
        // Given: one review today, one card due
        var today = new DateOnly(2026, 12, 5);
        var days = Enumerable.Range(0, 30).Select(i => new DayCount(today.AddDays(i - 29), i == 29 ? 1 : 0)).ToList();
        var stats = new StudyStats(new TodayCounts(1, 0, 0), days, new RetentionStats(new(0, 0), new(0, 0), new(0, 0)), days, []);

        // When
        var caption = ChartCaptions.Reviews(stats);

        // Then
        Assert.Equal("1 review on 1 of the last 30 days: 1 card is due today, so practise them before they pile up.", caption);
    }

    [Fact]
    public void Should_Have_No_Caption_Without_Reviews() =>
        Assert.Null(ChartCaptions.Reviews(new StudyStats(new TodayCounts(0, 20, 0), [], new RetentionStats(new(0, 0), new(0, 0), new(0, 0)), [], [])));

    [Theory]
    [InlineData(new[] { "Notes" }, "Notes")]
    [InlineData(new[] { "Notes", "Trees" }, "Notes › Trees")]
    [InlineData(new[] { "Machine learning", "Models", "Trees" }, "Machine learning › … › Trees")]
    public void Should_Shorten_A_Deep_Heading_Path(string[] headings, string expected) => Assert.Equal(expected, HeadingPath.Compact(headings));
}
