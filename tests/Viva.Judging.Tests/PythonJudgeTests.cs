using Viva.Core.Exercises;
using Viva.Judging.Python;

namespace Viva.Judging.Tests;

/// <summary>
/// The Python judge on good, wrong, slow, crashing, hungry and hostile attempts. These need <c>python3</c>; without it
/// they return early (in CI its absence is a failure).
/// </summary>
public sealed class PythonJudgeTests
{
    private static readonly Exercise Double = Exercises.Python("double", 1e-6,
        new ExerciseTest("two", "[2]", "4"),
        new ExerciseTest("a half", "[0.5]", "1.0"));

    private readonly PythonJudge _judge = new();

    [Fact]
    public async Task Should_Pass_An_Attempt_That_Returns_The_Right_Values()
    {
        if (!PythonAvailable())
        {
            return;
        }

        // When
        var result = await _judge.JudgeAsync(Double, "def double(x):\n    return x * 2\n", Exercises.Quick);

        // Then
        Assert.Equal(JudgeStatus.Passed, result.Status);
        Assert.Equal(2, result.PassedCount);
    }

    [Fact]
    public async Task Should_Show_Expected_And_Actual_For_Each_Failing_Test_And_Keep_What_It_Printed()
    {
        if (!PythonAvailable())
        {
            return;
        }

        // When
        var result = await _judge.JudgeAsync(Double, "def double(x):\n    print('thinking', x)\n    return x + 2\n", Exercises.Quick);

        // Then
        Assert.Equal(JudgeStatus.Failed, result.Status);
        Assert.True(result.Tests[0].Passed);
        Assert.Equal(("1.0", "2.5"), (result.Tests[1].Expected, result.Tests[1].Actual));
        Assert.Contains("thinking 0.5", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("return [x / 3, (x, x)]", "[0.3333333, [1, 1]]", 1e-6, true)]
    [InlineData("return [x / 3, (x, x)]", "[0.3333, [1, 1]]", 1e-6, false)]
    [InlineData("return [x / 3, (x, x)]", "[0.3333, [1, 1]]", 1e-3, true)]
    [InlineData("return float('nan')", "0", 1, false)]
    public async Task Should_Compare_Floats_Within_The_Tolerance(string body, string expected, double tolerance, bool passes)
    {
        if (!PythonAvailable())
        {
            return;
        }

        // Given
        var exercise = Exercises.Python("f", tolerance, new ExerciseTest("third", "[1]", expected));

        // When
        var result = await _judge.JudgeAsync(exercise, $"def f(x):\n    {body}\n", Exercises.Quick);

        // Then
        Assert.Equal(passes, result.Status == JudgeStatus.Passed);
    }

    [Theory]
    [InlineData("while True:\n        pass", "time limit")]
    [InlineData("import time\n    time.sleep(60)", "time limit")]
    public async Task Should_Stop_An_Attempt_That_Never_Ends(string body, string message)
    {
        if (!PythonAvailable())
        {
            return;
        }

        // Given
        var limits = Exercises.Quick with { Time = TimeSpan.FromSeconds(1) };

        // When
        var result = await _judge.JudgeAsync(Double, $"def double(x):\n    {body}\n", limits);

        // Then
        Assert.Equal(JudgeStatus.TimedOut, result.Status);
        Assert.Contains(message, result.Message, StringComparison.Ordinal);
        Assert.InRange(result.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task Should_Report_An_Attempt_That_Asks_For_Too_Much_Memory()
    {
        if (!PythonAvailable())
        {
            return;
        }

        // When
        var result = await _judge.JudgeAsync(Double, "def double(x):\n    return len(bytearray(2 * 1024 ** 3))\n", Exercises.Quick);

        // Then
        Assert.Equal(JudgeStatus.MemoryExceeded, result.Status);
        Assert.Contains("256 MiB", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("def double(x):\n    import ctypes\n    return ctypes.string_at(0)\n", "crashed (signal 11)")]
    [InlineData("def double(x) return x\n", "SyntaxError")]
    [InlineData("raise RuntimeError('broken on load')\n", "RuntimeError: broken on load (attempt.py line 1)")]
    [InlineData("def twice(x):\n    return 2 * x\n", "does not define a function named double")]
    public async Task Should_Report_An_Attempt_That_Crashes_Or_Does_Not_Load(string code, string message)
    {
        if (!PythonAvailable())
        {
            return;
        }

        // When
        var result = await _judge.JudgeAsync(Double, code, Exercises.Quick);

        // Then
        Assert.Equal(JudgeStatus.Error, result.Status);
        Assert.Contains(message, result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Report_An_Exception_In_One_Test_And_Run_The_Others()
    {
        if (!PythonAvailable())
        {
            return;
        }

        // When
        var result = await _judge.JudgeAsync(Double, "def double(x):\n    if x == 2:\n        raise ValueError('no twos')\n    return 2 * x\n", Exercises.Quick);

        // Then
        Assert.Equal(JudgeStatus.Failed, result.Status);
        Assert.Equal("ValueError: no twos (attempt.py line 3)", result.Tests[0].Error);
        Assert.True(result.Tests[1].Passed);
    }

    [Theory]
    [InlineData("import os\n    while True:\n        os.fork()", "not allowed")]
    [InlineData("import subprocess\n    return subprocess.run(['ls', '/']).returncode", "not allowed")]
    [InlineData("return open('/etc/passwd').read()", "opening /etc/passwd is not allowed")]
    [InlineData("import os\n    return os.listdir('/root')", "not allowed")]
    [InlineData("import socket\n    return socket.create_connection(('127.0.0.1', 80)).fileno()", "network access is not allowed")]
    [InlineData("import socket\n    return socket.socket().fileno()", "network access is not allowed")]
    [InlineData("import sys\n    sys.addaudithook(lambda *a: None)\n    return open('/etc/hostname').read()", "not allowed")]
    public async Task Should_Contain_A_Hostile_Attempt_And_Say_What_Was_Refused(string body, string message)
    {
        if (!PythonAvailable())
        {
            return;
        }

        // When
        var result = await _judge.JudgeAsync(Double, $"def double(x):\n    {body}\n", Exercises.Quick);

        // Then
        Assert.Equal(JudgeStatus.Failed, result.Status);
        Assert.All(result.Tests, t => Assert.Contains(message, t.Error, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_Let_An_Attempt_Write_Only_Inside_Its_Own_Temporary_Folder_And_Remove_It()
    {
        if (!PythonAvailable())
        {
            return;
        }

        // Given: a scratch file with a name no other test uses, so its folder can be looked for while other judges run
        var outside = Path.Combine(Path.GetTempPath(), $"viva-escape-{Guid.NewGuid():N}.txt");
        var scratch = $"scratch-{Guid.NewGuid():N}.txt";
        var code = $"def double(x):\n    if x == 2:\n        open('{outside}', 'w').write('out')\n"
            + $"    open('{scratch}', 'w').write(str(x))\n    return float(open('{scratch}').read()) * 2\n";

        // When
        var result = await _judge.JudgeAsync(Double, code, Exercises.Quick);

        // Then
        Assert.Contains("not allowed", result.Tests[0].Error, StringComparison.Ordinal);
        Assert.True(result.Tests[1].Passed);
        Assert.False(File.Exists(outside));
        Assert.DoesNotContain(Directory.GetDirectories(Path.GetTempPath(), "viva-judge-*"), d => File.Exists(Path.Combine(d, scratch)));
    }

    [Fact]
    public async Task Should_Skip_An_Exercise_Whose_Module_Is_Missing_With_Its_Name()
    {
        if (!PythonAvailable())
        {
            return;
        }

        // Given
        var exercise = Double with { Requires = "viva_module_that_does_not_exist" };

        // When
        var result = await _judge.JudgeAsync(exercise, "def double(x):\n    return 2 * x\n", Exercises.Quick);

        // Then
        Assert.Equal(JudgeStatus.Unavailable, result.Status);
        Assert.Contains("needs the Python module 'viva_module_that_does_not_exist', which is not installed", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Say_When_There_Is_No_Python_And_Offer_The_Other_Languages()
    {
        // Given
        var judge = new PythonJudge(PythonHost.Detect("viva-no-such-python3"));
        var exercise = Double with { Code = [.. Double.Code, new ExerciseCode(ExerciseLanguages.Sql, null, "SELECT 1")] };

        // When
        var result = await judge.JudgeAsync(exercise, "def double(x):\n    return 2 * x\n", Exercises.Quick);

        // Then
        Assert.Equal(JudgeStatus.Unavailable, result.Status);
        Assert.Equal("python3 is not installed, so Python attempts cannot be judged here; this exercise can also be solved in sql", result.Message);
    }

    /// <summary>True when python3 runs here; in CI its absence is a failure rather than a skip.</summary>
    internal static bool PythonAvailable()
    {
        if (PythonHost.Current.Available)
        {
            return true;
        }

        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            throw new InvalidOperationException("CI=true but python3 is missing: the Python judge cannot be tested");
        }

        return false;
    }
}
