using System.Net;
using System.Net.Sockets;
using Viva.Core.Exercises;
using Viva.Judging.Python;

namespace Viva.Judging.Tests;

/// <summary>
/// The Python judge's process limits on their own: attempts that call the C library through <c>ctypes</c>, which the audit
/// hook does not see, are still contained. Each test returns early where this machine lacks the limit it checks.
/// </summary>
public sealed class PythonContainmentTests
{
    private static readonly Exercise Call = Exercises.Python("call", 0, new ExerciseTest("once", "[]", "0"));

    private readonly PythonJudge _judge = new();

    [Fact]
    public async Task Should_Refuse_A_Fork_The_Audit_Hook_Does_Not_See()
    {
        if (!PythonJudgeTests.PythonAvailable() || !OperatingSystem.IsLinux())
        {
            return;
        }

        // Given: a fork bomb through the C library; a child that got through would report a result of its own
        const string Code = "import ctypes\n\ndef call():\n    libc = ctypes.CDLL(None)\n    pids = [libc.fork() for _ in range(50)]\n    return max(pids)\n";

        // When
        var result = await _judge.JudgeAsync(Call, Code, Exercises.Quick);

        // Then: every fork failed (-1)
        Assert.True(result.Tests.Count == 1, $"{result.Status}: {result.Message}");
        Assert.Equal("-1", result.Tests[0].Actual);
    }

    [Fact]
    public async Task Should_Keep_The_Attempt_From_Reading_Files_Of_The_User_Running_The_Judge()
    {
        if (!PythonJudgeTests.PythonAvailable() || Environment.UserName != "root" || OperatingSystem.IsWindows())
        {
            return;
        }

        // Given: a file in a folder only root may enter, opened through the C library
        var folder = Directory.CreateTempSubdirectory("viva-secret-");
        try
        {
            folder.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
            var secret = Path.Combine(folder.FullName, "secret.txt");
            await File.WriteAllTextAsync(secret, "42");
            var code = $"import ctypes\n\ndef call():\n    return ctypes.CDLL(None).open(b'{secret}', 0)\n";

            // When
            var result = await _judge.JudgeAsync(Call, code, Exercises.Quick);

            // Then: open(2) failed
            Assert.True(result.Tests.Count == 1, $"{result.Status}: {result.Message}");
            Assert.Equal("-1", result.Tests[0].Actual);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Should_Cut_The_Attempt_Off_The_Network()
    {
        if (!PythonJudgeTests.PythonAvailable() || PythonHost.Current.Unshare is null)
        {
            return;
        }

        // Given: a server on this machine's loopback, reached through the C library's socket and connect
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var code = "import ctypes\n\ndef call():\n    libc = ctypes.CDLL(None)\n    fd = libc.socket(2, 1, 0)\n"
            + $"    address = (2).to_bytes(2, 'little') + ({port}).to_bytes(2, 'big') + bytes([127, 0, 0, 1]) + bytes(8)\n"
            + "    return [fd >= 0, libc.connect(fd, address, 16)]\n";

        // When
        var result = await _judge.JudgeAsync(Call, code, Exercises.Quick);

        // Then: a socket may be made, but it reaches nothing
        Assert.True(result.Tests.Count == 1, $"{result.Status}: {result.Message}");
        Assert.Equal("[true,-1]", result.Tests[0].Actual?.Replace(" ", "", StringComparison.Ordinal));
        Assert.False(listener.Pending());
    }
}
