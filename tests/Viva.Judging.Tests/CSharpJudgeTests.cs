using Viva.Core.Exercises;
using Viva.Judging.CSharp;
using Viva.Judging.Sandbox;

namespace Viva.Judging.Tests;

/// <summary>The C# judge on good, wrong, uncompilable, slow, crashing, hungry and hostile attempts.</summary>
public sealed class CSharpJudgeTests
{
    private static readonly Exercise Double = Exercises.CSharp("double", 1e-6,
        new ExerciseTest("two", "[2]", "4"),
        new ExerciseTest("a half", "[0.5]", "1.0"));

    private readonly CSharpJudge _judge = new();

    [Theory]
    [InlineData("public static class Solution\n{\n    public static double Double(double x) => x * 2;\n}\n")]
    [InlineData("public class Solution\n{\n    public double Double(double x) { return x + x; }\n}\n")]
    [InlineData("static class Helpers\n{\n    public static double @double(double x) => 2 * x;\n}\n")]
    public async Task Should_Pass_An_Attempt_That_Returns_The_Right_Values(string code)
    {
        // When
        var result = await _judge.JudgeAsync(Double, code, Exercises.Quick);

        // Then
        Assert.True(result.Status == JudgeStatus.Passed, $"{result.Status}: {result.Message} {result.Output}");
        Assert.Equal(2, result.PassedCount);
    }

    [Fact]
    public async Task Should_Show_Expected_And_Actual_For_Each_Failing_Test_And_Keep_What_It_Printed()
    {
        // Given
        const string Code = "public static class Solution\n{\n    public static double Double(double x)\n    {\n"
            + "        Console.WriteLine($\"thinking {x}\");\n        return x + 2;\n    }\n}\n";

        // When
        var result = await _judge.JudgeAsync(Double, Code, Exercises.Quick);

        // Then
        Assert.Equal(JudgeStatus.Failed, result.Status);
        Assert.True(result.Tests[0].Passed);
        Assert.Equal(("1.0", "2.5"), (result.Tests[1].Expected, result.Tests[1].Actual));
        Assert.Contains("thinking 0.5", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Read_Arrays_Lists_Strings_And_Nested_Results_From_The_Tests()
    {
        // Given
        var exercise = Exercises.CSharp("pairs", 1e-9,
            new ExerciseTest("pairs", """[[3, 1, 2], ["a", "b"], true]""", """[[1, 2, 3], ["a!", "b!"], [[true]]]"""),
            new ExerciseTest("empty", """[[], [], false]""", """[[], [], [[false]]]"""));
        const string Code = """
            public static class Solution
            {
                public static object[] Pairs(int[] numbers, List<string> words, bool flag) =>
                    [numbers.Order().ToArray(), words.Select(w => w + "!").ToList(), new[] { new[] { flag } }];
            }
            """;

        // When
        var result = await _judge.JudgeAsync(exercise, Code, Exercises.Quick);

        // Then
        Assert.True(result.Status == JudgeStatus.Passed, $"{result.Status}: {result.Message} {string.Join("; ", result.Tests.Select(t => t.Actual ?? t.Error))}");
    }

    [Fact]
    public async Task Should_Report_Compile_Errors_With_Lines_Counted_In_The_Attempt()
    {
        // Given: line 3 misses its semicolon, line 5 names nothing that exists
        const string Code = "public static class Solution\n{\n    static int Broken() { return 1 }\n\n    public static double Double(double x) => y * 2;\n}\n";

        // When
        var result = await _judge.JudgeAsync(Double, Code, Exercises.Quick);

        // Then
        Assert.Equal(JudgeStatus.Error, result.Status);
        Assert.StartsWith("the attempt does not compile: line 3: ; expected (CS1002); line 5: The name 'y' does not exist", result.Message, StringComparison.Ordinal);
        Assert.Empty(result.Tests);
    }

    [Fact]
    public async Task Should_Say_When_The_Entry_Method_Is_Missing()
    {
        // When
        var result = await _judge.JudgeAsync(Double, "public static class Solution\n{\n    public static double Twice(double x) => 2 * x;\n}\n", Exercises.Quick);

        // Then
        Assert.Equal(JudgeStatus.Error, result.Status);
        Assert.Equal("the attempt does not define a method named Double (or double)", result.Message);
    }

    [Theory]
    [InlineData("while (true) { }", "time limit")]
    [InlineData("System.Threading.Tasks.Task.Delay(60_000).Wait(); return x;", "time limit")]
    public async Task Should_Stop_An_Attempt_That_Never_Ends(string body, string message)
    {
        // Given
        var limits = Exercises.Quick with { Time = TimeSpan.FromSeconds(2) };

        // When
        var result = await _judge.JudgeAsync(Double, $"public static class Solution\n{{\n    public static double Double(double x)\n    {{\n        {body}\n    }}\n}}\n", limits);

        // Then
        Assert.Equal(JudgeStatus.TimedOut, result.Status);
        Assert.Contains(message, result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("return new byte[1_000_000_000].Length;")]
    [InlineData("var chunks = new List<long[]>(); while (true) chunks.Add(new long[1_000_000]);")]
    public async Task Should_Report_An_Attempt_That_Asks_For_Too_Much_Memory(string body)
    {
        // When
        var result = await _judge.JudgeAsync(Double, $"public static class Solution\n{{\n    public static double Double(double x)\n    {{\n        {body}\n    }}\n}}\n", Exercises.Quick);

        // Then
        Assert.True(result.Status == JudgeStatus.MemoryExceeded, $"{result.Status}: {result.Message}");
        Assert.Contains("256 MiB", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Report_An_Exception_In_One_Test_With_Its_Line_And_Run_The_Others()
    {
        // Given
        const string Code = "public static class Solution\n{\n    public static double Double(double x)\n    {\n"
            + "        if (x == 2) throw new InvalidOperationException(\"no twos\");\n        return 2 * x;\n    }\n}\n";

        // When
        var result = await _judge.JudgeAsync(Double, Code, Exercises.Quick);

        // Then
        Assert.Equal(JudgeStatus.Failed, result.Status);
        Assert.Equal("InvalidOperationException: no twos (attempt.cs line 5)", result.Tests[0].Error);
        Assert.True(result.Tests[1].Passed);
    }

    [Fact]
    public async Task Should_Report_A_Stack_Overflow_As_A_Crash_In_The_Test_That_Caused_It()
    {
        // Given
        const string Code = "public static class Solution\n{\n    public static double Double(double x) => x < 1 ? 2 * x : Deeper(x, 0);\n\n"
            + "    private static double Deeper(double x, long depth) => Deeper(x, depth + 1) + 1;\n}\n";

        // When
        var result = await _judge.JudgeAsync(Double, Code, Exercises.Quick with { Time = TimeSpan.FromSeconds(10) });

        // Then
        Assert.Equal(JudgeStatus.Error, result.Status);
        Assert.Equal("the attempt crashed with a stack overflow in test 'two' (endless recursion?)", result.Message);
    }

    [Theory]
    [InlineData("return File.ReadAllText(\"/etc/passwd\").Length;", "System.IO.File.ReadAllText")]
    [InlineData("using var client = new System.Net.Sockets.TcpClient(\"127.0.0.1\", 80); return 0;", "System.Net.Sockets.TcpClient")]
    [InlineData("System.Diagnostics.Process.Start(\"ls\", \"/\"); return 0;", "System.Diagnostics.Process")]
    [InlineData("return Type.GetType(\"System.IO.File\").GetMethods().Length;", "System.Type.GetType")]
    [InlineData("Environment.Exit(0); return 0;", "System.Environment")]
    [InlineData("Console.SetOut(Console.Error); return 0;", "System.Console.SetOut")]
    [InlineData("return System.Runtime.InteropServices.Marshal.AllocHGlobal(1 << 30).ToInt64();", "System.Runtime.InteropServices.Marshal")]
    public async Task Should_Refuse_A_Hostile_Attempt_And_Say_What_It_Used(string body, string api)
    {
        // Given
        var code = $"using System.IO;\n\npublic static class Solution\n{{\n    public static double Double(double x)\n    {{\n        {body}\n    }}\n}}\n";

        // When
        var result = await _judge.JudgeAsync(Double, code, Exercises.Quick);

        // Then
        Assert.Equal(JudgeStatus.Rejected, result.Status);
        Assert.StartsWith($"line 7: the attempt uses {api}", result.Message, StringComparison.Ordinal);
        Assert.Contains("which exercises may not use", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Contain_A_Thread_Bomb_Made_Of_Allowed_Calls()
    {
        // Given: tasks that each hold a thread of their own for ever
        const string Body = "while (true) System.Threading.Tasks.Task.Factory.StartNew(() => System.Threading.Tasks.Task.Delay(-1).Wait(), System.Threading.Tasks.TaskCreationOptions.LongRunning);";

        // When
        var result = await _judge.JudgeAsync(Double, $"public static class Solution\n{{\n    public static double Double(double x)\n    {{\n        {Body}\n    }}\n}}\n", Exercises.Quick with { Time = TimeSpan.FromSeconds(20) });

        // Then: stopped at the per-attempt cap where the attempt has a pids cgroup; elsewhere by RLIMIT_NPROC or the memory
        // its threads' stacks take, or at the time limit
        Assert.True(result.Status is JudgeStatus.Error or JudgeStatus.MemoryExceeded or JudgeStatus.TimedOut, $"{result.Status}: {result.Message}");
        if (PidsCgroup.Available)
        {
            Assert.Equal("the attempt started more threads or processes than allowed (32 at once) and was stopped", result.Message);
        }
    }

    [Theory]
    [InlineData("dynamic io = 1; return io.Length;")]
    [InlineData("unsafe { int* p = null; return *p; }")]
    public async Task Should_Not_Compile_The_Escape_Hatches_Past_The_Check(string body)
    {
        // When
        var result = await _judge.JudgeAsync(Double, $"public static class Solution\n{{\n    public static double Double(double x)\n    {{\n        {body}\n    }}\n}}\n", Exercises.Quick);

        // Then
        Assert.Equal(JudgeStatus.Error, result.Status);
        Assert.Contains("does not compile: line 5:", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_Leave_No_Temporary_Folder_Behind()
    {
        // Given
        var before = Directory.GetDirectories(Path.GetTempPath(), "viva-judge-*").ToHashSet();

        // When
        await _judge.JudgeAsync(Double, "public static class Solution { public static double Double(double x) => 2 * x; }", Exercises.Quick);

        // Then: folders other judges made meanwhile are theirs; none of them holds a compiled attempt that outlived its run.
        var left = Directory.GetDirectories(Path.GetTempPath(), "viva-judge-*").Where(d => !before.Contains(d));
        Assert.DoesNotContain(left, d => File.Exists(Path.Combine(d, "attempt.dll")) && Directory.GetLastWriteTimeUtc(d) < DateTime.UtcNow.AddSeconds(-30));
    }
}
