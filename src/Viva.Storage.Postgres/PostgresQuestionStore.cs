using System.Net.Sockets;
using Npgsql;
using Viva.Core.Questions;
using Viva.Core.Storage;

namespace Viva.Storage.Postgres;

/// <summary>
/// The question bank in a PostgreSQL database (the schema first on the connection's search path), for a server
/// shared by many learners. Every call takes a pooled connection of its own, so one store serves concurrent requests.
/// </summary>
public sealed partial class PostgresQuestionStore : IBankStore
{
    private readonly NpgsqlDataSource _source;

    // Names this database among others: host, port, database and schema; never the password.
    private readonly string _scope;

    // A view made by ForViewer borrows its parent's connections and must not close them.
    private readonly bool _ownsSource;

    private PostgresQuestionStore(NpgsqlDataSource source, string scope, bool ownsSource = true)
    {
        _source = source;
        _scope = scope;
        _ownsSource = ownsSource;
    }

    /// <summary>The server, database and schema, for messages (no password).</summary>
    public string Name => _scope;

    /// <summary>The schema version after opening.</summary>
    public int SchemaVersion { get; private set; }

    /// <summary>Connects to the database that <paramref name="connectionString"/> names and applies the missing migrations.</summary>
    /// <exception cref="StoreException">The server cannot be reached, refuses the login, or holds a newer schema.</exception>
    public static async Task<PostgresQuestionStore> OpenAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException exception)
        {
            throw new StoreException($"--db: not a PostgreSQL connection string: {exception.Message}", exception);
        }

        var scope = $"postgres://{builder.Host}:{builder.Port}/{builder.Database}{(string.IsNullOrEmpty(builder.SearchPath) ? "" : "?schema=" + builder.SearchPath.Split(',')[0].Trim())}";
        var source = NpgsqlDataSource.Create(builder);
        try
        {
            await using var connection = await source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var version = await PostgresSchema.UpgradeAsync(connection, scope, cancellationToken).ConfigureAwait(false);
            return new PostgresQuestionStore(source, scope) { SchemaVersion = version };
        }
        catch (Exception exception) when (exception is NpgsqlException or SocketException or TimeoutException or InvalidOperationException)
        {
            await source.DisposeAsync().ConfigureAwait(false);
            throw new StoreException($"{scope}: cannot open the database: {Reason(exception)}", exception);
        }
        catch
        {
            await source.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Synchronous <see cref="OpenAsync"/>, for callers that open stores on demand (the web app's pool).</summary>
    public static PostgresQuestionStore Open(string connectionString) => OpenAsync(connectionString).GetAwaiter().GetResult();

    /// <summary>
    /// The same bank as <paramref name="viewer"/> sees it (server mode): every read leaves out the questions of documents
    /// another account owns, and documents imported through the view belong to <paramref name="viewer"/>. The view shares
    /// this store's connections, costs nothing to make, and disposing it closes nothing.
    /// </summary>
    public PostgresQuestionStore ForViewer(string? viewer) =>
        new(_source, _scope, ownsSource: false) { SchemaVersion = SchemaVersion, Viewer = viewer };

    /// <inheritdoc/>
    public async Task<IReadOnlyList<StoredQuestion>> GetAllAsync(CancellationToken cancellationToken = default) =>
        await QueryAsync($"SELECT {PgRows.QuestionColumns} FROM questions WHERE retired = 0{VisibleTo("questions")} ORDER BY seq", _ => { }, PgRows.ReadQuestion, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<BankQuestion?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        (await QueryAsync($"SELECT {PgRows.QuestionColumns} FROM questions WHERE id = @id{VisibleTo("questions")}", c => c.Parameters.AddWithValue("id", id), PgRows.ReadQuestion, cancellationToken)
            .ConfigureAwait(false)).Select(s => s.Question).FirstOrDefault();

    /// <inheritdoc/>
    public async Task<IReadOnlyList<BankQuestion>> GetClusterAsync(string cluster, CancellationToken cancellationToken = default) =>
        [.. (await QueryAsync($"SELECT {PgRows.QuestionColumns} FROM questions WHERE cluster = @cluster AND retired = 0{VisibleTo("questions")} ORDER BY curated IS NULL, seq",
            c => c.Parameters.AddWithValue("cluster", cluster), PgRows.ReadQuestion, cancellationToken).ConfigureAwait(false)).Select(s => s.Question)];

    /// <inheritdoc/>
    public async Task<int> GetDocumentCountAsync(string cluster, CancellationToken cancellationToken = default) =>
        (await QueryAsync(ViewerScope.DocumentCount('@'), c => c.Parameters.AddWithValue("cluster", cluster), r => r.IsDBNull(0) ? 0 : (int)r.GetInt64(0), cancellationToken)
            .ConfigureAwait(false)).FirstOrDefault();

    /// <inheritdoc/>
    public async Task<IReadOnlyList<BankQuestion>> ListAsync(QuestionFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var sql = $"SELECT {PgRows.QuestionColumns} FROM questions WHERE retired = 0{VisibleTo("questions")}";
        if (filter.Level is not null)
        {
            sql += " AND level = @level";
        }

        if (filter.Source is not null)
        {
            sql += " AND strpos(lower(source), lower(@source)) > 0";
        }

        if (filter.Topic is not null)
        {
            // The heading path, or the area of the question's cluster (as practice --topic matches it).
            sql += " AND (strpos(lower(topic), lower(@topic)) > 0 OR EXISTS (SELECT 1 FROM clusters c WHERE c.id = questions.cluster AND strpos(lower(c.topic), lower(@topic)) > 0))";
        }

        if (filter.UnansweredOnly)
        {
            sql += " AND answer_quality IS DISTINCT FROM 'full'";
        }

        sql += " ORDER BY source COLLATE \"C\", ordinal";
        if (filter.Limit is not null)
        {
            sql += " LIMIT @limit";
        }

        var rows = await QueryAsync(sql, c =>
        {
            if (filter.Level is not null)
            {
                c.Parameters.AddWithValue("level", filter.Level.Value.ToName());
            }

            if (filter.Source is not null)
            {
                c.Parameters.AddWithValue("source", filter.Source);
            }

            if (filter.Topic is not null)
            {
                c.Parameters.AddWithValue("topic", filter.Topic);
            }

            if (filter.Limit is not null)
            {
                c.Parameters.AddWithValue("limit", Math.Max(0, filter.Limit.Value));
            }
        }, PgRows.ReadQuestion, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => r.Question)];
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<SourceSummary>> GetSourcesAsync(CancellationToken cancellationToken = default) =>
        await QueryAsync($"""
            SELECT d.source, count(q.seq), count(CASE WHEN q.answer_quality = 'full' THEN 1 END), d.imported_at,
                count(CASE WHEN q.answer_quality = 'stub' THEN 1 END)
            FROM documents d LEFT JOIN questions q ON q.source = d.source AND q.retired = 0
            WHERE TRUE{ViewerScope.Documents("d", '@')}
            GROUP BY d.source ORDER BY d.source COLLATE "C"
            """, _ => { }, r => new SourceSummary(r.GetString(0), (int)r.GetInt64(1), (int)r.GetInt64(2),
                DateTimeOffset.Parse(r.GetString(3), System.Globalization.CultureInfo.InvariantCulture))
        { Stubs = (int)r.GetInt64(4) }, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<string?> GetSettingAsync(string key, CancellationToken cancellationToken = default) =>
        (await QueryAsync("SELECT value FROM settings WHERE key = @key", c => c.Parameters.AddWithValue("key", key), r => r.GetString(0), cancellationToken)
            .ConfigureAwait(false)).FirstOrDefault();

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_ownsSource)
        {
            _source.Dispose();
        }
    }

    /// <summary>Opens a pooled connection, as a one-line <see cref="StoreException"/> when the server is gone.</summary>
    internal async Task<NpgsqlConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is NpgsqlException or SocketException or TimeoutException)
        {
            throw new StoreException($"{_scope}: cannot reach the database: {Reason(exception)}", exception);
        }
    }

    private async Task<List<T>> QueryAsync<T>(string sql, Action<NpgsqlCommand> bind, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return await QueryAsync(connection, null, sql, bind, read, cancellationToken).ConfigureAwait(false);
    }

    private async Task<List<T>> QueryAsync<T>(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, Action<NpgsqlCommand> bind,
        Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        bind(command);
        if (sql.Contains("@" + ViewerScope.Parameter, StringComparison.Ordinal) && !command.Parameters.Contains(ViewerScope.Parameter))
        {
            BindViewer(command);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(read(reader));
        }

        return list;
    }

    private async Task<int> ExecuteAsync(string sql, Action<NpgsqlCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return await ExecuteAsync(connection, null, sql, bind, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, Action<NpgsqlCommand> bind, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        bind(command);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    // The server's own words (connection refused, password authentication failed…) on one line.
    private static string Reason(Exception exception) =>
        (exception is PostgresException postgres ? postgres.MessageText : (exception.InnerException ?? exception).Message).ReplaceLineEndings(" ");
}
