using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;

using Viva.Core.Storage;

namespace Viva.Storage.Sqlite;

/// <summary>
/// Brings a database to the newest schema by running the numbered scripts under <c>Schema/</c> in order,
/// each in its own transaction, and refuses a database written by a newer Viva.
/// </summary>
internal static class SchemaUpgrader
{
    private static readonly Assembly Assembly = typeof(SchemaUpgrader).Assembly;

    /// <summary>The schema version this build writes.</summary>
    public static int LatestVersion => Scripts().Max(s => s.Version);

    public static void Upgrade(SqliteConnection connection, string path)
    {
        var current = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"), CultureInfo.InvariantCulture);
        if (current > LatestVersion)
        {
            throw new StoreException($"{path}: database schema version {current} is newer than this Viva supports ({LatestVersion}); upgrade Viva");
        }

        foreach (var (version, resource) in Scripts().Where(s => s.Version > current).OrderBy(s => s.Version))
        {
            using var stream = Assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var sql = reader.ReadToEnd();
            using var transaction = connection.BeginTransaction();
            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = sql + $";\nPRAGMA user_version = {version};";
                command.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static IEnumerable<(int Version, string Resource)> Scripts() =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => (Version: int.Parse(n.Split('.')[^2].Split('_')[0], CultureInfo.InvariantCulture), Resource: n));
}
