using System.Text.Json;

namespace Viva.Cli.Tests;

/// <summary>Linked questions keep their own answers; viva show says where a document's answer contradicts the curated one.</summary>
public sealed class ConflictingAnswersTests : IDisposable
{
    private readonly VivaRunner _viva = new();

    public void Dispose() => _viva.Dispose();

    [Fact]
    public async Task Should_Mark_A_Contradicting_Answer_And_Not_A_Consistent_One()
    {
        // Given: two documents asking the curated L1 question, one answering it backwards.
        _viva.Write("wrong.md", "# Notes\n\n## What does L1 regularization do?\n\nL1 regularization shrinks all weights smoothly but never sets any of them to exactly zero, so it does not select features.\n");
        _viva.Write("right.md", "# Notes\n\n## What does L1 regularisation do to the weights?\n\nIt adds the sum of absolute weights to the loss and drives some weights to exactly zero, so it selects features.\n");
        await _viva.RunAsync("import", Path.Combine(_viva.Home, "docs"));

        // When
        var (code, output, _) = await _viva.RunAsync("show", "l1-vs-l2-regularization", "--json");

        // Then
        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        var sources = root.GetProperty("duplicates").EnumerateArray().Select(d => d.GetProperty("source").GetString()).ToList();
        Assert.Contains("wrong.md", sources);
        Assert.Contains("right.md", sources);
        var conflicts = root.GetProperty("conflicts").EnumerateArray().ToList();
        var conflict = Assert.Single(conflicts);
        Assert.Equal("wrong.md", conflict.GetProperty("source").GetString());
        Assert.Equal("l1-vs-l2-regularization", conflict.GetProperty("reference").GetString());
        Assert.StartsWith("This answer", conflict.GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
    }
}
