using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Viva.Core.Exercises;
using Viva.Judging.Sandbox;

namespace Viva.Judging.CSharp;

/// <summary>
/// Judges C# attempts: compiles the attempt with the judge's harness (Roslyn, in this process), refuses APIs beyond
/// computation, then runs the assembly with <c>dotnet exec</c> in a new temporary folder, under resource limits, a
/// wall-clock timeout and a GC heap limit, as <c>nobody</c> when the judge is root, without network where <c>unshare</c>
/// allows (see <c>docs/exercises.md</c> for what is enforced).
/// </summary>
public sealed class CSharpJudge : IJudge
{
    private readonly bool _checkApis;

    /// <summary>The judge, with the check that refuses APIs beyond computation.</summary>
    public CSharpJudge()
        : this(checkApis: true)
    {
    }

    /// <summary>The judge; without the API check only for tests that show the process limits contain what the check would refuse.</summary>
    /// <param name="checkApis">Whether attempts naming files, network, processes and the like are refused before running.</param>
    internal CSharpJudge(bool checkApis) => _checkApis = checkApis;

    private const int Nobody = 65534;
    private const int MaxFileBytes = 1 << 20;
    private const int MaxOpenFiles = 256;

    // The runtime needs a dozen threads of its own. Where the attempt gets its own pids cgroup, this many threads (and
    // processes, counted together) are its own cap: low enough that a thread bomb meets it before their 8 MiB stacks meet
    // the memory limit, so it is reported as what it is.
    private const int MaxTasks = 32;

    // Without such a group, RLIMIT_NPROC counts every thread of the user, so this caps a fork or thread bomb by all
    // attempts running as nobody together while leaving room for a few runs at once.
    private const int MaxNobodyThreads = 256;

    // The runtime's own private memory (code, stacks, the JIT's data) beside the GC heap; it starts in under 128 MiB.
    private const long RuntimeBytes = 256L * 1024 * 1024;
    private const int MaxErrorsInMessage = 3;

    /// <inheritdoc/>
    public string Language => ExerciseLanguages.CSharp;

    /// <inheritdoc/>
    public async Task<JudgeResult> JudgeAsync(Exercise exercise, string code, JudgeLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(limits);
        var clock = Stopwatch.StartNew();
        var folder = Directory.CreateTempSubdirectory("viva-judge-");
        try
        {
            var compiled = await Task.Run(() => CSharpCompiler.Compile(code, folder.FullName, _checkApis), cancellationToken).ConfigureAwait(false);
            if (compiled.Refused is { } refused)
            {
                return JudgeResult.Stopped(JudgeStatus.Rejected, refused, clock.Elapsed);
            }

            if (!compiled.Succeeded)
            {
                var shown = string.Join("; ", compiled.Errors.Take(MaxErrorsInMessage));
                var more = compiled.Errors.Count > MaxErrorsInMessage ? $" (and {compiled.Errors.Count - MaxErrorsInMessage} more)" : "";
                return JudgeResult.Stopped(JudgeStatus.Error, $"the attempt does not compile: {shown}{more}", clock.Elapsed)
                    with
                { Output = string.Join('\n', compiled.Errors) };
            }

            await WriteFilesAsync(folder.FullName, exercise, limits, cancellationToken).ConfigureAwait(false);
            var host = DotnetHost.Current;
            var command = Command(host, limits);
            if (host.DropToNobody && !OperatingSystem.IsWindows())
            {
                // nobody may enter the folder and read the files it is told the names of, and nothing more.
                folder.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
            }

            var run = await SandboxProcess.RunAsync(command[0], command.Skip(1), folder.FullName, limits.Time, MaxTasks, cancellationToken, Environment).ConfigureAwait(false);
            var result = ResultLines.Read(exercise, run, limits, clock.Elapsed) with { Output = run.Output };
            return StackOverflow(exercise, result);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    // The runtime's diagnostics channel would open a socket in the temporary folder; nothing here needs it. Write-xor-execute
    // maps code through a file that the file-size limit would stop the runtime from growing, and slows start-up.
    private static readonly Dictionary<string, string> Environment = new(StringComparer.Ordinal)
    {
        ["DOTNET_EnableDiagnostics"] = "0",
        ["DOTNET_EnableWriteXorExecute"] = "0",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_TieredPGO"] = "0",
    };

    /// <summary>unshare (no network), prlimit (CPU, file size, open files, core dumps, memory, threads), setpriv (nobody), then dotnet exec.</summary>
    private static List<string> Command(DotnetHost host, JudgeLimits limits)
    {
        var cpuSeconds = (int)Math.Ceiling(limits.Time.TotalSeconds);
        List<string> command = [];
        if (host.Unshare is { } unshare)
        {
            command.AddRange(["unshare", .. unshare]);
        }

        if (host.Prlimit)
        {
            // RLIMIT_DATA caps the private writable memory the process commits: the GC heap, native allocations, thread
            // stacks. Unlike an address-space limit it leaves alone the large ranges the runtime reserves and never uses.
            command.AddRange(["prlimit", Invariant($"--cpu={cpuSeconds}:{cpuSeconds + 1}"), Invariant($"--fsize={MaxFileBytes}"),
                Invariant($"--nofile={MaxOpenFiles}"), "--core=0", Invariant($"--data={limits.MemoryBytes + RuntimeBytes}")]);
            if (host.DropToNobody && !PidsCgroup.Available)
            {
                command.Add(Invariant($"--nproc={MaxNobodyThreads}"));
            }
        }

        if (host.DropToNobody)
        {
            command.AddRange(["setpriv", Invariant($"--reuid={Nobody}"), Invariant($"--regid={Nobody}"), "--clear-groups"]);
        }

        command.AddRange([host.Muxer, "exec", CSharpCompiler.AssemblyName + ".dll"]);
        return command;
    }

    private static async Task WriteFilesAsync(string folder, Exercise exercise, JudgeLimits limits, CancellationToken cancellationToken)
    {
        var tests = new JsonArray([.. exercise.Tests.Select(t => new JsonObject { ["name"] = t.Name, ["args"] = JsonNode.Parse(t.Arguments ?? "[]") })]);
        var spec = new JsonObject { ["entry"] = exercise.Entry ?? "solve", ["tests"] = tests };
        await File.WriteAllTextAsync(Path.Combine(folder, "tests.json"), spec.ToJsonString(), cancellationToken).ConfigureAwait(false);

        // The GC heap limit is the memory limit: an allocation past it throws OutOfMemoryException, which the harness reports.
        var config = new JsonObject
        {
            ["runtimeOptions"] = new JsonObject
            {
                ["tfm"] = Invariant($"net{System.Environment.Version.Major}.{System.Environment.Version.Minor}"),
                ["framework"] = new JsonObject { ["name"] = "Microsoft.NETCore.App", ["version"] = System.Environment.Version.ToString() },
                ["configProperties"] = new JsonObject
                {
                    ["System.GC.HeapHardLimit"] = limits.MemoryBytes,
                    ["System.GC.Concurrent"] = false,
                    ["System.Globalization.Invariant"] = true,
                },
            },
        };
        await File.WriteAllTextAsync(Path.Combine(folder, CSharpCompiler.AssemblyName + ".runtimeconfig.json"), config.ToJsonString(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A stack overflow ends a .NET process at once (no exception to catch): say so, and in which test.</summary>
    private static JudgeResult StackOverflow(Exercise exercise, JudgeResult result)
    {
        if (result.Status != JudgeStatus.Error || !result.Output.Contains("Stack overflow", StringComparison.Ordinal))
        {
            return result;
        }

        var test = result.Tests.Count < exercise.Tests.Count ? $" in test '{exercise.Tests[result.Tests.Count].Name}'" : "";
        return result with { Message = $"the attempt crashed with a stack overflow{test} (endless recursion?)" };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
