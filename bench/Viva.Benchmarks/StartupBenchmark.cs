using System.Diagnostics;
using System.Globalization;

namespace Viva.Benchmarks;

/// <summary>
/// Whole-process start-up: how long one short <c>viva</c> command takes from exec to exit, against
/// <c>dotnet --version</c> timed in the same run, since the start-up of any process on a shared machine varies from
/// minute to minute and only the ratio is comparable between runs.
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
            var baseline = new List<double>();
            var times = Commands.ToDictionary(c => string.Join(' ', c), _ => new List<double>());
            for (var i = 0; i < runs; i++)
            {
                baseline.Add(Time("dotnet", ["--version"], home));
                foreach (var command in Commands)
                {
                    times[string.Join(' ', command)].Add(Time(viva, command, home));
                }
            }

            var reference = Median(baseline);
            Console.WriteLine($"start-up of {viva}, median of {runs} runs each, interleaved");
            Console.WriteLine($"  {"dotnet --version",-22} {reference,7:F3} s");
            foreach (var (name, list) in times)
            {
                var median = Median(list);
                Console.WriteLine($"  {"viva " + name,-22} {median,7:F3} s  ratio {median / reference:F2}  (fastest {list.Min():F3} s)");
            }
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    private static double Time(string file, string[] arguments, string home)
    {
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
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)}: exit {process.ExitCode.ToString(CultureInfo.InvariantCulture)}: {error.Result}{output.Result}");
        }

        return seconds;
    }

    private static double Median(List<double> values)
    {
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
