using System.Text.RegularExpressions;
using Viva.Tests.Support;

namespace Viva.Cli.Tests;

/// <summary><c>viva practice --weakest N</c>: practise the topics with the lowest mean recall.</summary>
public sealed class WeakestTopicsTests : IDisposable
{
    private readonly VivaRunner _viva = new() { Clock = new ManualClock(new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.Zero)) };

    public WeakestTopicsTests() => _viva.Environment["VIVA_ENCODER"] = "off";

    public void Dispose() => _viva.Dispose();

    [Fact]
    public async Task Practice_weakest_keeps_to_the_topics_with_the_lowest_recall()
    {
        // Given: one algorithms-coding card studied, so that area is no longer among the weakest (all others are at 0)
        await _viva.RunWithInputAsync("\n4\nq\n", "practice", "--topic", "algorithms-coding", "--new", "1");

        // When
        var (code, output, _) = await _viva.RunWithInputAsync("\n3\n\n3\n\n3\nq\n", "practice", "--weakest", "3", "--new", "10");

        // Then
        Assert.Equal(0, code);
        Assert.Contains("Weakest topics: behavioral, classical-ml, computer-vision", output);
        var shown = Regex.Matches(output, @"\d+ done · \d+ left · ([a-z-]+) ›").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(4, shown.Count); // three rated, the fourth ended with q
        Assert.All(shown, topic => Assert.Contains(topic, new[] { "behavioral", "classical-ml", "computer-vision" }));
    }

    [Theory]
    [InlineData("--weakest", "0")]
    [InlineData("--weakest", "2", "--topic", "math")]
    public async Task Wrong_usage_fails_with_one_line(params string[] args)
    {
        var (code, _, error) = await _viva.RunAsync(["practice", .. args]);
        Assert.Equal(2, code);
        Assert.StartsWith("viva: --weakest", error);
    }
}
