using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using Viva.Core.Exercises;

namespace Viva.Judging.Sql;

/// <summary>
/// Judges SQL attempts: each test builds a fresh in-memory SQLite database from the exercise's fixture, switches it to
/// <c>query_only</c>, runs the one query, and compares the rows (as a multiset unless the exercise is ordered).
/// </summary>
public sealed class SqlJudge : IJudge
{
    /// <summary>A result with more rows than this is refused rather than read.</summary>
    public const int MaxRows = 10_000;

    // SQLite calls the progress handler every this many virtual-machine steps; cheap enough, and often enough to
    // stop a runaway query within milliseconds.
    private const int ProgressSteps = 10_000;
    private const int SqliteInterrupt = 9;

    /// <inheritdoc/>
    public string Language => ExerciseLanguages.Sql;

    /// <inheritdoc/>
    public Task<JudgeResult> JudgeAsync(Exercise exercise, string code, JudgeLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(limits);
        return Task.Run(() => Judge(exercise, code, limits, cancellationToken), cancellationToken);
    }

    private static JudgeResult Judge(Exercise exercise, string code, JudgeLimits limits, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        if (SqlStatementCheck.Problem(code) is { } problem)
        {
            return JudgeResult.Stopped(JudgeStatus.Rejected, problem, clock.Elapsed);
        }

        var outcomes = new List<TestOutcome>();
        foreach (var test in exercise.Tests)
        {
            using var connection = new SqliteConnection("Data Source=:memory:");
            connection.Open();
            Load(connection, exercise.Fixture, test.Fixture);
            Execute(connection, "PRAGMA query_only = ON;");
            var guard = new QueryGuard(limits, clock, cancellationToken);
            raw.sqlite3_progress_handler(connection.Handle, ProgressSteps, guard.Check, null);
            try
            {
                var rows = Query(connection, code);
                if (rows is null)
                {
                    return new JudgeResult(JudgeStatus.Rejected, outcomes, $"the query returned more than {MaxRows:N0} rows", clock.Elapsed);
                }

                var passed = exercise.Ordered
                    ? ResultComparer.Matches(test.Expected, rows, exercise.Tolerance)
                    : ResultComparer.MatchesInAnyOrder(test.Expected, rows, exercise.Tolerance);
                outcomes.Add(new TestOutcome(test.Name, passed, test.Expected, rows));
            }
            catch (SqliteException exception) when (exception.SqliteErrorCode == SqliteInterrupt)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (status, message) = guard.Stop!.Value;
                return new JudgeResult(status, outcomes, message, clock.Elapsed);
            }
            catch (SqliteException exception)
            {
                var message = exception.SqliteErrorCode == raw.SQLITE_READONLY
                    ? "the query tried to change the database, which is read-only"
                    : "SQLite: " + exception.Message.Replace("SQLite Error " + exception.SqliteErrorCode + ": ", "", StringComparison.Ordinal).Trim('\'', ' ', '.');
                var status = exception.SqliteErrorCode == raw.SQLITE_READONLY ? JudgeStatus.Rejected : JudgeStatus.Error;
                return new JudgeResult(status, outcomes, message, clock.Elapsed);
            }
        }

        return JudgeResult.Ran(outcomes, clock.Elapsed);
    }

    /// <exception cref="InvalidOperationException">The exercise's own fixture does not run: a broken exercise, not a bad attempt.</exception>
    private static void Load(SqliteConnection connection, string? fixture, string? testFixture)
    {
        try
        {
            Execute(connection, fixture ?? "");
            Execute(connection, testFixture ?? "");
        }
        catch (SqliteException exception)
        {
            throw new InvalidOperationException($"the exercise's fixture does not run: {exception.Message}", exception);
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        if (string.IsNullOrWhiteSpace(sql))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The rows as a JSON array of arrays; null when there are more than <see cref="MaxRows"/>.</summary>
    private static string? Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            var count = 0;
            while (reader.Read())
            {
                if (++count > MaxRows)
                {
                    return null;
                }

                json.WriteStartArray();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    WriteValue(json, reader.GetValue(i));
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteValue(Utf8JsonWriter json, object value)
    {
        switch (value)
        {
            case DBNull:
                json.WriteNullValue();
                break;
            case long integer:
                json.WriteNumberValue(integer);
                break;
            case double real when double.IsFinite(real):
                json.WriteNumberValue(real);
                break;
            case double real:
                json.WriteStringValue(double.IsNaN(real) ? "NaN" : real > 0 ? "Infinity" : "-Infinity");
                break;
            case byte[] blob:
                json.WriteStringValue(Convert.ToHexStringLower(blob));
                break;
            default:
                json.WriteStringValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }
}
