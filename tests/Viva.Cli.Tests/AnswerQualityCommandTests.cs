using System.Text.Json;

namespace Viva.Cli.Tests;

/// <summary>Stub answers (only links, a skeleton, a TODO) are not answers: counted apart, listed as unanswered, their links shown as references.</summary>
public sealed class AnswerQualityCommandTests : IDisposable
{
    private readonly VivaRunner _viva = new();

    public AnswerQualityCommandTests() => _viva.Write("stubs.md", """
        ## What is overfitting?

        Fitting noise instead of signal.

        ## What is k-fold cross-validation?

        [Ans](https://example.com/k-fold)

        ## What does a ResNet block do?

        * Skip connection:
        * Identity connection:

        ## What is a kernel?

        TODO
        """);

    public void Dispose() => _viva.Dispose();

    private string Docs => Path.Combine(_viva.Home, "docs");

    [Fact]
    public async Task Should_Count_Stubs_Apart_From_Answers_On_Import_And_In_Sources()
    {
        // When
        var imported = JsonDocument.Parse((await _viva.RunAsync("import", Docs, "--json")).Out).RootElement;
        var sources = JsonDocument.Parse((await _viva.RunAsync("sources", "--json")).Out).RootElement.GetProperty("sources");

        // Then
        var document = imported.GetProperty("documents")[0];
        Assert.Equal((4, 1, 3), (document.GetProperty("questions").GetInt32(), document.GetProperty("answered").GetInt32(), document.GetProperty("stubs").GetInt32()));
        Assert.Equal(["full", "stub", "stub", "stub"], imported.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("answer_quality").GetString()));
        var source = sources.EnumerateArray().Single(s => s.GetProperty("source").GetString() == "stubs.md");
        Assert.Equal((4, 1, 3), (source.GetProperty("questions").GetInt32(), source.GetProperty("answered").GetInt32(), source.GetProperty("stubs").GetInt32()));
    }

    [Fact]
    public async Task Should_List_Stubs_As_Unanswered()
    {
        // Given
        await _viva.RunAsync("import", Docs);

        // When
        var unanswered = JsonDocument.Parse((await _viva.RunAsync("list", "--unanswered", "--source", "stubs.md", "--json")).Out).RootElement.GetProperty("questions");
        var table = (await _viva.RunAsync("list", "--source", "stubs.md")).Out;

        // Then
        Assert.Equal(["What is k-fold cross-validation?", "What does a ResNet block do?", "What is a kernel?"],
            unanswered.EnumerateArray().Select(q => q.GetProperty("question").GetString()));
        Assert.Contains("stub", table);
    }

    [Fact]
    public async Task Should_Show_A_Stubs_Links_As_References_Under_The_Answer()
    {
        // Given
        var imported = JsonDocument.Parse((await _viva.RunAsync("import", Docs, "--json")).Out).RootElement.GetProperty("questions");
        var id = imported.EnumerateArray().Single(q => q.GetProperty("question").GetString() == "What is k-fold cross-validation?").GetProperty("id").GetString()!;

        // When
        var text = await _viva.RunAsync("show", id);
        var json = JsonDocument.Parse((await _viva.RunAsync("show", id, "--json")).Out).RootElement;

        // Then
        Assert.Contains("only a stub", text.Out);
        Assert.Contains("References", text.Out);
        Assert.Contains("Ans: https://example.com/k-fold", text.Out);
        Assert.Equal("stub", json.GetProperty("answer_quality").GetString());
        var reference = Assert.Single(json.GetProperty("references").EnumerateArray());
        Assert.Equal(("Ans", "https://example.com/k-fold"), (reference.GetProperty("text").GetString(), reference.GetProperty("url").GetString()));
    }
}
