using System.Net;
using System.Net.Sockets;
using Viva.Core.Exercises;
using Viva.Judging.CSharp;
using Viva.Judging.Sandbox;

namespace Viva.Judging.Tests;

/// <summary>
/// The C# judge's process limits on their own: attempts judged with the API check off (it would refuse them) are still
/// contained by the sandboxed process. Each test returns early where this machine lacks the limit it checks.
/// </summary>
public sealed class CSharpContainmentTests
{
    private static readonly Exercise Double = Exercises.CSharp("double", 1e-6,
        new ExerciseTest("two", "[2]", "4"),
        new ExerciseTest("a half", "[0.5]", "1.0"));

    private readonly CSharpJudge _unchecked = new(checkApis: false);

    private static string Attempt(string body) =>
        $"public static class Solution\n{{\n    public static double Double(double x)\n    {{\n        {body}\n    }}\n}}\n";

    [Fact]
    public async Task Should_Stop_Native_Memory_Past_The_Limit_With_A_Clear_Message()
    {
        if (!DotnetHost.Current.Prlimit)
        {
            return;
        }

        // Given: 64 MiB blocks outside the GC heap, each written to, without end
        const string Body = "var blocks = new List<IntPtr>(); while (true) { var block = System.Runtime.InteropServices.Marshal.AllocHGlobal(64 << 20); "
            + "for (var i = 0; i < 64 << 20; i += 4096) System.Runtime.InteropServices.Marshal.WriteByte(block, i, 1); blocks.Add(block); }";

        // When
        var result = await _unchecked.JudgeAsync(Double, Attempt(Body), Exercises.Quick with { Time = TimeSpan.FromSeconds(20) });

        // Then
        Assert.True(result.Status == JudgeStatus.MemoryExceeded, $"{result.Status}: {result.Message} {result.Output} {result.Elapsed}");
        Assert.Equal("the attempt ran out of memory (limit 256 MiB)", result.Message);
    }

    [Fact]
    public async Task Should_Cap_The_Processes_Of_A_Fork_Bomb_And_Leave_None_Behind()
    {
        if (!PidsCgroup.Available)
        {
            return;
        }

        // Given: each shell leaves a sleeper behind, outside the attempt's process tree; the number marks them as this test's
        var marker = $"{Random.Shared.Next(100, 999)}.{Random.Shared.Next(100_000, 999_999)}";
        var body = "for (var i = 0; i < 10_000; i++) System.Diagnostics.Process.Start(\"/bin/sh\", new[] { \"-c\", \"sleep " + marker + " &\" }); return 2 * x;";

        // When
        var result = await _unchecked.JudgeAsync(Double, Attempt(body), Exercises.Quick with { Time = TimeSpan.FromSeconds(20) });

        // Then: starting processes failed at the cap, and nothing the attempt started is still running
        Assert.True(result.Status != JudgeStatus.Passed && result.Tests.Count > 0, $"{result.Status}: {result.Message} {result.Output} {result.Elapsed}");
        Assert.Contains(result.Tests, t => t.Error?.Contains("Win32Exception", StringComparison.Ordinal) == true);
        Assert.Empty(Running(marker));
    }

    [Fact]
    public async Task Should_Keep_The_Attempt_From_Reading_Files_Of_The_User_Running_The_Judge()
    {
        if (!DotnetHost.Current.DropToNobody || OperatingSystem.IsWindows())
        {
            return;
        }

        // Given: a file in a folder only root may enter
        var folder = Directory.CreateTempSubdirectory("viva-secret-");
        try
        {
            folder.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
            var secret = Path.Combine(folder.FullName, "secret.txt");
            await File.WriteAllTextAsync(secret, "42");

            // When
            var result = await _unchecked.JudgeAsync(Double, Attempt($"return double.Parse(System.IO.File.ReadAllText(\"{secret}\"));"), Exercises.Quick);

            // Then
            Assert.Equal(JudgeStatus.Failed, result.Status);
            Assert.All(result.Tests, t => Assert.StartsWith("UnauthorizedAccessException", t.Error, StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Should_Cut_The_Attempt_Off_The_Network()
    {
        if (DotnetHost.Current.Unshare is null)
        {
            return;
        }

        // Given: a server on this machine's loopback, which the attempt tries to reach
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        // When
        var result = await _unchecked.JudgeAsync(Double, Attempt($"using var client = new System.Net.Sockets.TcpClient(\"127.0.0.1\", {port}); return 2 * x;"), Exercises.Quick);

        // Then
        Assert.Equal(JudgeStatus.Failed, result.Status);
        Assert.All(result.Tests, t => Assert.StartsWith("SocketException", t.Error, StringComparison.Ordinal));
        Assert.False(listener.Pending());
    }

    /// <summary>The processes whose command line holds <paramref name="marker"/>.</summary>
    private static List<string> Running(string marker) =>
    [
        .. Directory.GetDirectories("/proc").Where(d => int.TryParse(Path.GetFileName(d), out _)).Where(d =>
        {
            try
            {
                return File.ReadAllText(Path.Combine(d, "cmdline")).Contains(marker, StringComparison.Ordinal);
            }
            catch (IOException)
            {
                return false;
            }
        }),
    ];
}
