using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Viva.Core.Exercises;
using Viva.Core.Import;
using Viva.Judging.Python;
using Viva.Judging.Sql;

namespace Viva.Benchmarks;

/// <summary>
/// <c>--judging</c>: what judging one attempt costs on top of running the same reference solution directly, per
/// language, over the curated exercises. SQL: the judge against the bare fixture-plus-query on fresh in-memory
/// databases. Python: the sandboxed judge against a plain <c>python3</c> process that runs the solution on the
/// same arguments (both pay interpreter start-up).
/// </summary>
public static class JudgeOverhead
{
    private const int Runs = 7;

    public static void Run()
    {
        var exercises = CuratedBank.Documents()
            .SelectMany(d => MarkdownQuestionParser.Parse(d.Source, SourceDecoder.Decode(d.Source, d.Content.ToArray()).Text!).Questions)
            .Select(q => q.Curated?.Exercise)
            .OfType<Exercise>()
            .ToList();
        Report("sql", exercises.Where(e => e.For("sql") is not null).ToList(), JudgeSql, DirectSql);
        var python = PythonHost.Current;
        if (python.Executable is null)
        {
            Console.WriteLine("python: skipped, no python3 here");
            return;
        }

        Console.WriteLine($"python: {python.Version}, network cut off by {(python.Unshare is null ? "an audit hook only" : "unshare " + string.Join(' ', python.Unshare))}");
        // An exercise whose module (NumPy) no interpreter here has cannot be judged, so it cannot be timed either.
        var runnable = exercises.Where(e => e.For("python") is not null && PythonJudge.MissingModule(e) is null).ToList();
        var skipped = exercises.Count(e => e.For("python") is not null) - runnable.Count;
        if (skipped > 0)
        {
            Console.WriteLine($"python: {skipped} exercises skipped, their module is not installed here");
        }

        Report("python", runnable, JudgePython, e => DirectPython(python.WithModule(e.Requires).Executable!, e));
    }

    private static void Report(string language, List<Exercise> exercises, Action<Exercise> judge, Action<Exercise> direct)
    {
        var judged = exercises.Select(e => Median(() => judge(e))).ToList();
        var bare = exercises.Select(e => Median(() => direct(e))).ToList();
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

    private static double Median(Action action)
    {
        action();
        var times = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }
}
