using System.Net;
using Viva.Web.Tests.Support;

namespace Viva.Web.Tests.Api;

/// <summary>Search by words and meaning on natural phrasings, answer snippets, and related questions.</summary>
public sealed class HybridSearchApiTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private readonly HttpClient _client = app.CreateClient();

    [Theory]
    [InlineData("batch norm vs layer norm", "dl-normalization-layer-types")]
    [InlineData("picking k in kmeans", "kmeans-algorithm-choose-k")]
    [InlineData("LR schedule with warmup and cosine decay", "dl-learning-rate-schedules")]
    [InlineData("my deep net memorises the training set, what now", "dl-reduce-overfitting")]
    [InlineData("why do we need non linearity between layers", "dl-why-nonlinear-activations")]
    [InlineData("why does L1 give zeros", "l1-vs-l2-regularization")]
    [InlineData("kv cache memory", "serve-kv-cache-basics")]
    [InlineData("how to pick k in kmeans", "kmeans-algorithm-choose-k")]
    [InlineData("dropout at test time", "dl-dropout")]
    [InlineData("fixing exploding gradients", "dl-fix-vanishing-exploding-gradients")]
    public async Task Should_Find_The_Question_A_Natural_Phrasing_Means(string query, string expected)
    {
        // When
        var response = await _client.GetAsync($"/api/questions/search?q={Uri.EscapeDataString(query)}&limit=3");

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ids = (await WebAppFixture.ReadJsonAsync(response)).GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Contains(expected, ids);
    }

    [Fact]
    public async Task Should_Show_A_Plain_Snippet_Of_The_Answer()
    {
        // When
        var results = (await WebAppFixture.ReadJsonAsync(await _client.GetAsync("/api/questions/search?q=dropout&limit=3"))).GetProperty("results");

        // Then
        var snippet = results[0].GetProperty("snippet").GetString()!;
        Assert.InRange(snippet.Length, 20, 170);
        Assert.DoesNotContain("**", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("```", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_List_Related_Questions_From_Other_Clusters_On_A_Question_Page()
    {
        // When
        var detail = await WebAppFixture.ReadJsonAsync(await _client.GetAsync("/api/questions/dl-batch-normalization"));

        // Then
        var related = detail.GetProperty("related").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.InRange(related.Count, 1, 5);
        Assert.DoesNotContain("dl-batch-normalization", related);
        Assert.Contains(related, id => id!.Contains("norm", StringComparison.Ordinal));
    }
}
