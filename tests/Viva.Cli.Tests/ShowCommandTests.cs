using System.Text.Json;

namespace Viva.Cli.Tests;

/// <summary><c>viva show</c> renders an answer as practice's reveal does: tables as boxes, code in panels, maths as Unicode.</summary>
public sealed class ShowCommandTests : IDisposable
{
    private readonly VivaRunner _viva = new();

    public void Dispose() => _viva.Dispose();

    [Fact]
    public async Task Should_Render_The_Answer_As_Markdown_With_Maths()
    {
        // Given
        _viva.Write("maths.md", """
            ## What is ridge regression's closed form with $\lambda > 0$?

            It is $\hat\beta = (X^\top X + \lambda I)^{-1} X^\top y$, and the noise is $$\sigma^2_{\text{noise}}$$.

            | penalty | effect |
            |---|---|
            | **L2** | shrinks |

            ```python
            beta = solve(X.T @ X + lam * I, X.T @ y)  # $not maths$
            ```
            """);
        await _viva.RunAsync("import", Path.Combine(_viva.Home, "docs"));
        var id = JsonDocument.Parse((await _viva.RunAsync("list", "--source", "maths.md", "--json")).Out).RootElement
            .GetProperty("questions")[0].GetProperty("id").GetString()!;

        // When
        var (code, output, _) = await _viva.RunAsync("show", id);

        // Then
        Assert.Equal(0, code);
        Assert.Contains("What is ridge regression's closed form with λ > 0?", output);
        Assert.Contains("β\u0302 = (XᵀX + λ I)⁻¹ Xᵀy, and the noise is σ²ₙₒᵢₛₑ.", output);
        Assert.Matches(@"│ penalty\s*│ effect\s*│", output);
        Assert.Contains("# $not maths$", output);
        Assert.DoesNotContain("\\lambda", output, StringComparison.Ordinal);
        Assert.DoesNotContain("**L2**", output, StringComparison.Ordinal);
    }
}
