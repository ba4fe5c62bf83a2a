using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Viva.Benchmarks;

/// <summary>
/// Whole-process start-up: how long one short <c>viva</c> command takes from exec to exit, against
/// <c>dotnet --version</c> timed in the same run, since the start-up of any process on a shared machine varies from
/// minute to minute and only the ratio is comparable between runs. Beside the wall-clock time it reports the CPU time
/// each process used (user and system, from the kernel's account of reaped children), which a loaded machine stretches
/// far less than the wall clock.
/// </summary>
public static class StartupBenchmark
{
    private static readonly string[][] Commands = [["sources"], ["list", "--limit", "1"], ["--help"]];

    /// <summary>Times each command <paramref name="runs"/> times, interleaved, and prints medians and ratios.</summary>
    /// <param name="viva">The executable to time; null for the Release build of <c>src/Viva.Cli</c>.</param>
    /// <param name="runs">Runs per command.</param>
    public static void Run(string? viva, int runs)
    {
        viva ??= Path.Combine(RepoRoot(), "src", "Viva.Cli", "bin", "Release", "net10.0", "viva");
        if (!File.Exists(viva))
        {
            Console.WriteLine($"{viva}: not found; build it first (dotnet build src/Viva.Cli -c Release) or pass the executable to time");
            return;
        }

        var home = Directory.CreateTempSubdirectory("viva-startup-").FullName;
        try
        {
            // The first command creates the database and loads the curated bank: a one-off, not start-up.
            Time(viva, ["sources"], home);
            var baseline = new List<(double Wall, double Cpu)>();
            var times = Commands.ToDictionary(c => string.Join(' ', c), _ => new List<(double Wall, double Cpu)>());
            for (var i = 0; i < runs; i++)
            {
                baseline.Add(Time("dotnet", ["--version"], home));
                foreach (var command in Commands)
                {
                    times[string.Join(' ', command)].Add(Time(viva, command, home));
                }
            }

            var wall = Median(baseline.Select(t => t.Wall));
            var cpu = Median(baseline.Select(t => t.Cpu));
            Console.WriteLine($"start-up of {viva}, median of {runs} runs each, interleaved; load average {LoadAverage()}");
            Console.WriteLine($"  {"",-22} {"wall",7}   {"ratio",5}  {"fastest",7}   {"cpu",7}   {"ratio",5}");
            Console.WriteLine($"  {"dotnet --version",-22} {wall,7:F3} s {1,5:F2}  {baseline.Min(t => t.Wall),7:F3} s {cpu,7:F3} s {1,5:F2}");
            foreach (var (name, list) in times)
            {
                var commandWall = Median(list.Select(t => t.Wall));
                var commandCpu = Median(list.Select(t => t.Cpu));
                Console.WriteLine($"  {"viva " + name,-22} {commandWall,7:F3} s {commandWall / wall,5:F2}  {list.Min(t => t.Wall),7:F3} s {commandCpu,7:F3} s {commandCpu / cpu,5:F2}");
            }
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    private static (double Wall, double Cpu) Time(string file, string[] arguments, string home)
    {
        var cpuBefore = ChildrenCpuSeconds();
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["VIVA_HOME"] = home;
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var seconds = watch.Elapsed.TotalSeconds;
        var cpu = ChildrenCpuSeconds() - cpuBefore;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)}: exit {process.ExitCode.ToString(CultureInfo.InvariantCulture)}: {error.Result}{output.Result}");
        }

        return (seconds, cpu);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>User and system seconds of every reaped child process so far (NaN where the kernel does not say).</summary>
    private static double ChildrenCpuSeconds()
    {
        if (!OperatingSystem.IsLinux() || GetResourceUsage(ChildrenOfThisProcess, out var usage) != 0)
        {
            return double.NaN;
        }

        return usage.UserSeconds + (usage.UserMicroseconds / 1e6) + usage.SystemSeconds + (usage.SystemMicroseconds / 1e6);
    }

    private const int ChildrenOfThisProcess = -1;

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetResourceUsage(int who, out ResourceUsage usage);

    /// <summary>Linux's <c>struct rusage</c> on 64-bit (144 bytes): the two <c>timeval</c>s read here, then fourteen counters.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 144)]
    private struct ResourceUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
    }

    private static double Median(IEnumerable<double> source)
    {
        var values = source.ToList();
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string RepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Viva.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }
}
