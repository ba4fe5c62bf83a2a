using System.Text.Json;
using Viva.Judging.Python;

namespace Viva.Cli.Tests;

/// <summary>An exercise that requires NumPy: listed with its need, judged where NumPy is installed, refused up front where not.</summary>
public sealed class NumPyExerciseCommandTests : IDisposable
{
    private const string Distances = "py-exercise-numpy-pairwise-distances";
    private const string Solution = """
        import numpy as np


        def pairwise_distances(a, b):
            a = np.asarray(a, dtype=float)
            b = np.asarray(b, dtype=float)
            return np.sqrt(((a[:, None, :] - b[None, :, :]) ** 2).sum(axis=2))
        """;

    private readonly VivaRunner _viva = new();

    public void Dispose() => _viva.Dispose();

    [Fact]
    public async Task Should_List_What_An_Exercise_Requires()
    {
        // When
        var (code, output, _) = await _viva.RunAsync("exercise", "--json");
        var text = await _viva.RunAsync("exercise");

        // Then
        Assert.Equal(0, code);
        var exercises = JsonDocument.Parse(output).RootElement.GetProperty("exercises").EnumerateArray().ToList();
        Assert.Equal("numpy", exercises.Single(e => e.GetProperty("id").GetString() == Distances).GetProperty("requires").GetString());
        Assert.Equal(JsonValueKind.Null, exercises.Single(e => e.GetProperty("id").GetString() == "py-exercise-stable-softmax").GetProperty("requires").ValueKind);
        Assert.Contains($"{Distances} (python; needs numpy)", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Judge_A_NumPy_Attempt_Where_NumPy_Is_Installed_And_Say_So_Up_Front_Where_Not()
    {
        var python = PythonHost.Current;
        if (!python.Available)
        {
            return;
        }

        // Given
        var file = _viva.Write("distances.py", Solution);

        // When
        var (code, output, error) = await _viva.RunAsync("exercise", Distances, "--file", file);

        // Then: which of the two this machine shows depends on NumPy, and each is checked in full
        if (python.WithModule("numpy").HasModule("numpy"))
        {
            Assert.Equal(0, code);
            Assert.Contains("✓ all 3 tests passed", output, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(1, code);
            Assert.Equal($"viva: {Distances}: this exercise needs the Python module 'numpy', which is not installed (Debian: apt-get install python3-numpy), so attempts cannot be judged here",
                error.TrimEnd());
        }
    }

    [Fact]
    public async Task Should_Say_On_The_Practice_Card_When_NumPy_Is_Missing_And_Still_Reveal_The_Solution()
    {
        var python = PythonHost.Current;
        if (!python.Available)
        {
            return;
        }

        // When: the first advanced card of the file is the NumPy attention exercise; '.' reveals, 1 rates, q ends
        var (code, output, _) = await _viva.RunWithInputAsync(".\n1\nq\n",
            "practice", "--new", "1", "--level", "advanced", "--source", "neural-network-exercises.md");

        // Then
        Assert.Equal(0, code);
        Assert.Contains("Masked scaled dot-product attention in NumPy", output, StringComparison.Ordinal);
        Assert.Contains("Reference solution (python)", output, StringComparison.Ordinal);
        var notice = "Not judged here: this exercise needs the Python module 'numpy', which is not installed";
        if (python.WithModule("numpy").HasModule("numpy"))
        {
            Assert.DoesNotContain(notice, output, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(notice, output, StringComparison.Ordinal);
        }
    }
}
