using Npgsql;
using Viva.Core.Storage;
using Viva.Storage.Postgres;
using Viva.Storage.Sqlite;

namespace Viva.Storage.Tests.Support;

/// <summary>The stores every store test runs against.</summary>
public static class StoreKinds
{
    /// <summary>A SQLite file in a temporary folder.</summary>
    public const string Sqlite = "sqlite";

    /// <summary>A schema of its own in the PostgreSQL database <see cref="TestPostgres.Variable"/> names.</summary>
    public const string Postgres = "postgres";
}

/// <summary>
/// One bank for one test, in the store <c>kind</c> names: a SQLite file in a temporary folder, or a fresh PostgreSQL
/// schema. Every <see cref="Open"/> is another connection to the same bank; disposing deletes the bank.
/// </summary>
public sealed class TestBank : IDisposable
{
    private readonly List<IBankStore> _opened = [];

    public TestBank(string kind)
    {
        Kind = kind;
        Folder = Directory.CreateTempSubdirectory("viva-bank-").FullName;
        Location = kind switch
        {
            StoreKinds.Sqlite => Path.Combine(Folder, "viva.db"),
            StoreKinds.Postgres => TestPostgres.CreateSchema(),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no such store"),
        };
    }

    /// <summary>Which store this is.</summary>
    public string Kind { get; }

    /// <summary>A temporary folder for the test's own files.</summary>
    public string Folder { get; }

    /// <summary>The SQLite path or the PostgreSQL connection string.</summary>
    public string Location { get; }

    /// <summary>Opens (and migrates) the bank.</summary>
    public IBankStore Open()
    {
        IBankStore store = Kind == StoreKinds.Sqlite ? SqliteQuestionStore.Open(Location) : PostgresQuestionStore.Open(Location);
        _opened.Add(store);
        return store;
    }

    public void Dispose()
    {
        foreach (var store in _opened)
        {
            store.Dispose();
        }

        if (Kind == StoreKinds.Postgres)
        {
            TestPostgres.DropSchema(Location);
        }

        Directory.Delete(Folder, recursive: true);
    }
}

/// <summary>
/// The PostgreSQL server the tests use: <c>VIVA_TEST_POSTGRES</c> (scripts/test.sh starts one on loopback). Without it
/// the PostgreSQL cases skip with the reason, except in CI, where they fail.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "VIVA_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>Why PostgreSQL cases skip here; null when they run (or must fail, in CI).</summary>
    public static string? SkipReason =>
        ConnectionString is null && Environment.GetEnvironmentVariable("CI") != "true"
            ? $"{Variable} is not set: scripts/test.sh starts a PostgreSQL server for these tests"
            : null;

    /// <summary>Creates an empty schema of its own; returns a connection string whose search path is that schema.</summary>
    public static string CreateSchema()
    {
        var server = ConnectionString
            ?? throw new InvalidOperationException($"CI=true but {Variable} is not set: scripts/test.sh starts a PostgreSQL server for the storage tests");
        var schema = $"viva_test_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            create.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString;
    }

    public static void DropSchema(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var schema = builder.SearchPath;
        builder.SearchPath = null;
        using var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
        drop.ExecuteNonQuery();
    }
}

/// <summary>Runs a store theory against SQLite.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SqliteStoreAttribute : Xunit.Sdk.DataAttribute
{
    public override IEnumerable<object[]> GetData(System.Reflection.MethodInfo testMethod) => [[StoreKinds.Sqlite]];
}

/// <summary>Runs a store theory against PostgreSQL; skipped with the reason when no server is configured, except in CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresStoreAttribute : Xunit.Sdk.DataAttribute
{
    public PostgresStoreAttribute()
    {
        if (TestPostgres.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }

    public override IEnumerable<object[]> GetData(System.Reflection.MethodInfo testMethod) => [[StoreKinds.Postgres]];
}

/// <summary>A test that needs the PostgreSQL server; skipped with the reason when none is configured, except in CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestPostgres.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
