using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Viva.Core.Exercises;
using Viva.Core.Import;
using Viva.Judging.CSharp;
using Viva.Judging.Python;
using Viva.Judging.Sql;

namespace Viva.Benchmarks;

/// <summary>
/// <c>--judging</c>: what judging one attempt costs on top of running the same reference solution directly, per
/// language, over the curated exercises. SQL: the judge against the bare fixture-plus-query on fresh in-memory
/// databases. Python: the sandboxed judge against a plain <c>python3</c> process that runs the solution on the
/// same arguments (both pay interpreter start-up). C#: the judge (compile, API check, sandboxed <c>dotnet exec</c>) against
/// the same solution compiled ahead of timing and run with a plain <c>dotnet exec</c> (<see cref="CSharpDirect"/>).
/// <c>--judging csharp</c> (or <c>sql</c>, <c>python</c>) times one language; <c>--judging csharp 3</c>, its first three exercises.
/// </summary>
public static class JudgeOverhead
{
    private const int Runs = 7;

    // A C# run pays the runtime's start-up twice per exercise and round; fewer rounds keep the whole run near a minute.
    private const int CSharpRuns = 3;

    public static void Run(string? only = null, int? count = null)
    {
        var exercises = CuratedBank.Documents()
            .SelectMany(d => MarkdownQuestionParser.Parse(d.Source, SourceDecoder.Decode(d.Source, d.Content.ToArray()).Text!).Questions)
            .Select(q => q.Curated?.Exercise)
            .OfType<Exercise>()
            .ToList();

        // A quick look times only the first count exercises of each language.
        List<Exercise> Offering(string language) => [.. exercises.Where(e => e.For(language) is not null).Take(count ?? int.MaxValue)];

        if (only is null or "sql")
        {
            Report("sql", Offering("sql"), JudgeSql, DirectSql);
        }

        if (only is null or "csharp")
        {
            ReportCSharp(Offering("csharp"));
        }

        if (only is not (null or "python"))
        {
            return;
        }

        var python = PythonHost.Current;
        if (python.Executable is null)
        {
            Console.WriteLine("python: skipped, no python3 here");
            return;
        }

        Console.WriteLine($"python: {python.Version}, network cut off by {(python.Unshare is null ? "an audit hook only" : "unshare " + string.Join(' ', python.Unshare))}");
        // An exercise whose module (NumPy) no interpreter here has cannot be judged, so it cannot be timed either.
        var offered = Offering("python");
        var runnable = offered.Where(e => PythonJudge.MissingModule(e) is null).ToList();
        if (offered.Count > runnable.Count)
        {
            Console.WriteLine($"python: {offered.Count - runnable.Count} exercises skipped, their module is not installed here");
        }

        Report("python", runnable, JudgePython, e => DirectPython(python.WithModule(e.Requires).Executable!, e));
    }

    private static void ReportCSharp(List<Exercise> exercises)
    {
        var directs = exercises.ToDictionary(e => e, e => new CSharpDirect(e));
        try
        {
            // The first judge call loads Roslyn and the reference assemblies; that is paid once per process, not per attempt.
            JudgeCSharp(exercises[0]);
            Report("csharp", exercises, JudgeCSharp, e => directs[e].Run(), CSharpRuns);
        }
        finally
        {
            foreach (var direct in directs.Values)
            {
                direct.Dispose();
            }
        }
    }

    private static void JudgeCSharp(Exercise exercise) =>
        Check(new CSharpJudge().JudgeAsync(exercise, exercise.For("csharp")!.Solution, JudgeLimits.Default).GetAwaiter().GetResult());

    private static void Report(string language, List<Exercise> exercises, Action<Exercise> judge, Action<Exercise> direct, int runs = Runs)
    {
        var judged = exercises.Select(e => Median(() => judge(e), runs)).ToList();
        var bare = exercises.Select(e => Median(() => direct(e), runs)).ToList();
        var (j, d) = (judged.Average(), bare.Average());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{language}: {exercises.Count} exercises, per attempt: judge {j:F1} ms, direct {d:F1} ms, overhead {j - d:F1} ms ({j / d:F2}x); slowest judge {judged.Max():F1} ms"));
    }

    private static void JudgeSql(Exercise exercise)
    {
        var result = new SqlJudge().JudgeAsync(exercise, exercise.For("sql")!.Solution, JudgeLimits.Default).GetAwaiter().GetResult();
        Check(result);
    }

    private static void DirectSql(Exercise exercise)
    {
        foreach (var test in exercise.Tests)
        {
            using var connection = new SqliteConnection("Data Source=:memory:");
            connection.Open();
            using (var setup = connection.CreateCommand())
            {
                setup.CommandText = exercise.Fixture + "\n" + test.Fixture;
                setup.ExecuteNonQuery();
            }

            using var query = connection.CreateCommand();
            query.CommandText = exercise.For("sql")!.Solution;
            using var reader = query.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    _ = reader.GetValue(i);
                }
            }
        }
    }

    private static void JudgePython(Exercise exercise)
    {
        var result = new PythonJudge().JudgeAsync(exercise, exercise.For("python")!.Solution, JudgeLimits.Default).GetAwaiter().GetResult();
        Check(result);
    }

    private static void DirectPython(string executable, Exercise exercise)
    {
        var script = new StringBuilder(exercise.For("python")!.Solution).Append("\nimport json\n");
        foreach (var test in exercise.Tests)
        {
            // default= turns the NumPy arrays and scalars that NumPy exercises return into lists and numbers, as the judge does.
            script.Append(CultureInfo.InvariantCulture,
                $"print(json.dumps({exercise.Entry}(*json.loads({Quote(test.Arguments ?? "[]")})), default=lambda o: o.tolist()))\n");
        }

        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script.ToString());
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
    }

    private static string Quote(string text) => "'" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";

    private static void Check(JudgeResult result)
    {
        if (result.Status != JudgeStatus.Passed)
        {
            throw new InvalidOperationException($"a reference solution did not pass: {result.Status} {result.Message}");
        }
    }

    private static double Median(Action action, int runs)
    {
        action();
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }
}
