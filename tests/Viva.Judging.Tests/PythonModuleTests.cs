using Viva.Core.Exercises;
using Viva.Judging.Python;

namespace Viva.Judging.Tests;

/// <summary>Exercises that require a module (NumPy): found where installed, refused with a clear message where not.</summary>
public sealed class PythonModuleTests
{
    private static readonly Exercise Mean = Exercises.Python("mean", 1e-9, new ExerciseTest("three", "[[1, 2, 3]]", "2.0"));

    [Fact]
    public void Should_Find_A_Standard_Module_And_Not_A_Missing_One()
    {
        if (!PythonJudgeTests.PythonAvailable())
        {
            return;
        }

        Assert.True(PythonHost.Current.HasModule("json"));
        Assert.True(PythonHost.Current.HasModule("os.path"));
        Assert.False(PythonHost.Current.HasModule("viva_module_that_does_not_exist"));
    }

    [Theory]
    [InlineData("os; import sys")]
    [InlineData("json\nimport os")]
    [InlineData("")]
    [InlineData("1json")]
    public void Should_Not_Run_A_Module_Name_That_Is_Not_One(string name) =>
        Assert.False(PythonHost.Current.HasModule(name));

    [Fact]
    public void Should_Keep_The_Interpreter_When_It_Has_The_Module_Or_None_Is_Needed()
    {
        var host = PythonHost.Current;
        Assert.Same(host, host.WithModule(null));
        if (host.Available)
        {
            Assert.Same(host, host.WithModule("json"));
        }
    }

    [Fact]
    public void Should_Say_What_Installs_NumPy_When_It_Is_Missing()
    {
        Assert.Equal("this exercise needs the Python module 'numpy', which is not installed (Debian: apt-get install python3-numpy)",
            PythonHost.MissingModuleMessage("numpy"));
        Assert.Equal("this exercise needs the Python module 'scipy', which is not installed", PythonHost.MissingModuleMessage("scipy"));
    }

    [Fact]
    public void Should_Report_A_Missing_Module_Before_Anything_Runs_And_Nothing_When_None_Is_Required()
    {
        if (!PythonJudgeTests.PythonAvailable())
        {
            return;
        }

        Assert.Null(PythonJudge.MissingModule(Mean));
        Assert.Null(PythonJudge.MissingModule(Mean with { Requires = "json" }));
        Assert.Equal("this exercise needs the Python module 'viva_module_that_does_not_exist', which is not installed",
            PythonJudge.MissingModule(Mean with { Requires = "viva_module_that_does_not_exist" }));
    }

    [Fact]
    public void Should_Not_Blame_A_Module_When_Python_Itself_Is_Missing()
    {
        // The judge says python3 is missing and names the other languages; a module message would hide that.
        var none = PythonHost.Detect("viva-no-such-python3");
        Assert.Null(PythonJudge.MissingModule(Mean with { Requires = "numpy" }, none));
        Assert.Same(none, none.WithModule("numpy"));
    }

    [Fact]
    public async Task Should_Judge_A_NumPy_Attempt_Where_NumPy_Is_Installed()
    {
        if (!PythonJudgeTests.PythonAvailable() || !NumPyTheoryAttribute.HasNumPy())
        {
            return;
        }

        // Given: an attempt that returns a NumPy scalar, which the runner turns into a plain number
        var exercise = Mean with { Requires = "numpy" };
        const string Attempt = "import numpy as np\n\ndef mean(xs):\n    return np.mean(np.asarray(xs, dtype=float))\n";

        // When
        var result = await new PythonJudge().JudgeAsync(exercise, Attempt, JudgeLimits.Default);

        // Then
        Assert.True(result.Status == JudgeStatus.Passed, $"{result.Status}: {result.Message}");
    }
}
