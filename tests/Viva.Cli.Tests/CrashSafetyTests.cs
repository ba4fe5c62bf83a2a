using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Viva.Cli.Tests;

/// <summary>
/// Kills a real <c>viva practice</c> process (SIGKILL) at random points of a scripted session, many times, and
/// checks after each restart that every acknowledged review is in the log and the database is intact.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private const string Acknowledgement = " — next in ";
    private readonly string _home = Directory.CreateTempSubdirectory("viva-crash-").FullName;

    public void Dispose() => Directory.Delete(_home, recursive: true);

    [Fact]
    public async Task Every_acknowledged_review_survives_a_kill_and_the_database_stays_intact()
    {
        var random = new Random(20261121);
        var acknowledgedTotal = 0;
        for (var round = 0; round < 12; round++)
        {
            var before = Count("SELECT count(*) FROM reviews");
            var target = random.Next(0, 5);
            var acknowledged = await RunAndKillAsync(target, random.Next(0, 40));
            acknowledgedTotal += acknowledged;
            var after = Count("SELECT count(*) FROM reviews");

            // A review may be committed in the instant between its commit and its acknowledgement; never fewer.
            Assert.InRange(after - before, acknowledged, acknowledged + 1);
            Assert.Equal("ok", Scalar("PRAGMA integrity_check"));
            Assert.Equal(0, Count("""
                SELECT count(*) FROM cards c
                WHERE c.reps <> (SELECT count(*) FROM reviews r WHERE r.user_id = c.user_id AND r.card_id = c.card_id)
                """));
        }

        Assert.True(acknowledgedTotal >= 10, $"only {acknowledgedTotal} reviews were acknowledged; the test did not exercise much");
    }

    private async Task<int> RunAndKillAsync(int reviewsBeforeKill, int delayMs)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(VivaApp).Assembly.Location);
        start.ArgumentList.Add("practice");
        start.ArgumentList.Add("--new");
        start.ArgumentList.Add("1000");
        start.Environment["VIVA_HOME"] = _home;
        using var process = Process.Start(start)!;
        _ = process.StandardError.ReadToEndAsync();
        var acknowledged = 0;
        var writer = Task.Run(async () =>
        {
            try
            {
                // Reveal each card, rate it Good; far more input than the process will live to read.
                for (var i = 0; i < 200; i++)
                {
                    await process.StandardInput.WriteAsync("my answer\n\n3\n");
                    await process.StandardInput.FlushAsync();
                }
            }
            catch (IOException)
            {
                // The process was killed mid-write.
            }
        });

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (acknowledged < reviewsBeforeKill && await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Contains(Acknowledgement, StringComparison.Ordinal))
            {
                acknowledged++;
            }
        }

        // Let the session run on for a moment so the kill lands somewhere inside a later review.
        var killAt = Task.Delay(delayMs);
        while (!killAt.IsCompleted)
        {
            var read = process.StandardOutput.ReadLineAsync(timeout.Token).AsTask();
            if (await Task.WhenAny(read, killAt) == read && await read is { } line && line.Contains(Acknowledgement, StringComparison.Ordinal))
            {
                acknowledged++;
            }
            else if (read.IsCompleted && read.Result is null)
            {
                break;
            }
            else if (!read.IsCompleted)
            {
                process.Kill(entireProcessTree: true);
                if (await read is { } last && last.Contains(Acknowledgement, StringComparison.Ordinal))
                {
                    acknowledged++;
                }

                break;
            }
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        while (await process.StandardOutput.ReadLineAsync(CancellationToken.None) is { } rest)
        {
            if (rest.Contains(Acknowledgement, StringComparison.Ordinal))
            {
                acknowledged++;
            }
        }

        await process.WaitForExitAsync();
        await writer;
        return acknowledged;
    }

    private long Count(string sql) => File.Exists(DatabasePath) ? Convert.ToInt64(Scalar(sql), System.Globalization.CultureInfo.InvariantCulture) : 0;

    private string DatabasePath => Path.Combine(_home, "viva.db");

    private object? Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
