using System.Globalization;
using Microsoft.Data.Sqlite;
using Viva.Core.Questions;
using Viva.Core.Storage;

namespace Viva.Storage.Sqlite;

/// <summary>The question bank in a SQLite file (WAL mode), with FTS5 search.</summary>
public sealed partial class SqliteQuestionStore : IBankStore
{
    private readonly SqliteConnection _connection;

    // Names this database among others in the process: its full path, or a fresh name for a private in-memory one.
    private readonly string _scope;

    private SqliteQuestionStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        _scope = path == ":memory:" ? $":memory:{Guid.NewGuid():N}" : Path.GetFullPath(path);
    }

    /// <summary>Opens (creating and upgrading as needed) the database at <paramref name="path"/>; <c>:memory:</c> for a private in-memory one.</summary>
    /// <exception cref="StoreException">The file is not a Viva database, is corrupt, or is too new.</exception>
    public static SqliteQuestionStore Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;");
            if (path != ":memory:")
            {
                Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
            }

            SchemaUpgrader.Upgrade(connection, path);
            IndexClustersOfOlderDatabase(connection);
            ClassifyAnswersOfOlderDatabase(connection);
            return new SqliteQuestionStore(connection, path);
        }
        catch (SqliteException exception)
        {
            connection.Dispose();
            throw new StoreException($"{path}: cannot open the database: {exception.Message}", exception);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<StoredQuestion>> GetAllAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<StoredQuestion>>(Query($"SELECT {QuestionRow.Columns} FROM questions WHERE retired = 0{VisibleTo("questions")} ORDER BY seq", _ => { }));

    /// <inheritdoc/>
    public Task<BankQuestion?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(Query($"SELECT {QuestionRow.Columns} FROM questions WHERE id = $id{VisibleTo("questions")}", c => c.Parameters.AddWithValue("$id", id))
            .Select(s => s.Question).FirstOrDefault());

    /// <inheritdoc/>
    public Task<IReadOnlyList<BankQuestion>> GetClusterAsync(string cluster, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<BankQuestion>>([.. Query($"SELECT {QuestionRow.Columns} FROM questions WHERE cluster = $cluster AND retired = 0{VisibleTo("questions")} ORDER BY curated IS NULL, seq",
            c => c.Parameters.AddWithValue("$cluster", cluster)).Select(s => s.Question)]);

    /// <inheritdoc/>
    public Task<int> GetDocumentCountAsync(string cluster, CancellationToken cancellationToken = default)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = ViewerScope.DocumentCount('$');
        command.Parameters.AddWithValue("$cluster", cluster);
        BindViewer(command);
        return Task.FromResult(command.ExecuteScalar() is long count ? (int)count : 0);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<BankQuestion>> ListAsync(QuestionFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var sql = $"SELECT {(filter.Brief ? QuestionRow.BriefColumns : QuestionRow.Columns)} FROM questions WHERE retired = 0{VisibleTo("questions")}";
        if (filter.Level is not null)
        {
            sql += " AND level = $level";
        }

        if (filter.Source is not null)
        {
            sql += " AND instr(lower(source), lower($source)) > 0";
        }

        if (filter.Topic is not null)
        {
            // The heading path, or the area of the question's cluster (as practice --topic matches it).
            sql += " AND (instr(lower(topic), lower($topic)) > 0 OR EXISTS (SELECT 1 FROM clusters c WHERE c.id = questions.cluster AND instr(lower(c.topic), lower($topic)) > 0))";
        }

        if (filter.UnansweredOnly)
        {
            sql += " AND answer_quality IS NOT 'full'";
        }

        sql += " ORDER BY source, ordinal";
        if (filter.Limit is not null)
        {
            sql += " LIMIT $limit";
        }

        var rows = Query(sql, c =>
        {
            c.Parameters.AddWithValue("$level", (object?)filter.Level?.ToName() ?? DBNull.Value);
            c.Parameters.AddWithValue("$source", (object?)filter.Source ?? DBNull.Value);
            c.Parameters.AddWithValue("$topic", (object?)filter.Topic ?? DBNull.Value);
            c.Parameters.AddWithValue("$limit", (object?)filter.Limit ?? DBNull.Value);
        });
        return Task.FromResult<IReadOnlyList<BankQuestion>>([.. rows.Select(r => r.Question)]);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<SourceSummary>> GetSourcesAsync(CancellationToken cancellationToken = default)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"""
            SELECT d.source, count(q.seq), count(CASE WHEN q.answer_quality = 'full' THEN 1 END), d.imported_at,
                count(CASE WHEN q.answer_quality = 'stub' THEN 1 END)
            FROM documents d LEFT JOIN questions q ON q.source = d.source AND q.retired = 0
            WHERE 1{DocumentVisibleTo("d")}
            GROUP BY d.source ORDER BY d.source
            """;
        BindViewer(command);
        using var reader = command.ExecuteReader();
        var list = new List<SourceSummary>();
        while (reader.Read())
        {
            list.Add(new SourceSummary(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2),
                DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture))
            { Stubs = reader.GetInt32(4) });
        }

        return Task.FromResult<IReadOnlyList<SourceSummary>>(list);
    }

    /// <inheritdoc/>
    public Task<string?> GetSettingAsync(string key, CancellationToken cancellationToken = default)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT value FROM settings WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        return Task.FromResult(command.ExecuteScalar() as string);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _connection.Dispose();
        _memoryImportLock.Dispose();
    }

    private List<StoredQuestion> Query(string sql, Action<SqliteCommand> bind)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        BindViewer(command);
        using var reader = command.ExecuteReader();
        var list = new List<StoredQuestion>();
        while (reader.Read())
        {
            list.Add(QuestionRow.Read(reader));
        }

        return list;
    }

    // A database written before practice existed has questions but no cluster rows yet.
    private static void IndexClustersOfOlderDatabase(SqliteConnection connection)
    {
        using var check = connection.CreateCommand();
        check.CommandText = "SELECT EXISTS (SELECT 1 FROM questions WHERE retired = 0) AND NOT EXISTS (SELECT 1 FROM clusters)";
        if (Convert.ToInt64(check.ExecuteScalar(), CultureInfo.InvariantCulture) == 1)
        {
            using var transaction = connection.BeginTransaction();
            ClusterIndex.Rebuild(connection, transaction);
            transaction.Commit();
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
