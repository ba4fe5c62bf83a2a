using Microsoft.Data.Sqlite;

namespace Viva.Cli.Tests;

/// <summary>Every command opens the bank: the curated bank is loaded when the build's bank is new to the database, and only then.</summary>
public sealed class CuratedBankStartupTests : IDisposable
{
    private readonly VivaRunner _viva = new();

    [Fact]
    public async Task Should_Not_Reload_The_Curated_Bank_When_The_Database_Holds_This_Build()
    {
        // Given: a bank created by one command, less a setting that only loading the curated bank writes
        Assert.Equal(0, (await _viva.RunAsync("sources")).Code);
        Assert.Equal(1, Execute("DELETE FROM settings WHERE key = 'curated.asked-in'"));

        // When
        var (code, _, _) = await _viva.RunAsync("list", "--limit", "1");

        // Then: the command did not load the embedded bank again
        Assert.Equal(0, code);
        Assert.Equal(0L, Execute("SELECT count(*) FROM settings WHERE key = 'curated.asked-in'", scalar: true));
    }

    [Fact]
    public async Task Should_Reload_The_Curated_Bank_When_The_Database_Holds_Another_Build()
    {
        // Given: a database last loaded by another build of the bank
        Assert.Equal(0, (await _viva.RunAsync("sources")).Code);
        Assert.Equal(1, Execute("DELETE FROM settings WHERE key = 'curated.asked-in'"));
        Assert.Equal(1, Execute("UPDATE settings SET value = 'another build' WHERE key = 'curated.hash'"));

        // When
        var (code, _, _) = await _viva.RunAsync("list", "--limit", "1");

        // Then: loaded again, and marked as this build's
        Assert.Equal(0, code);
        Assert.Equal(1L, Execute("SELECT count(*) FROM settings WHERE key = 'curated.asked-in'", scalar: true));
        Assert.Equal(0L, Execute("SELECT count(*) FROM settings WHERE key = 'curated.hash' AND value = 'another build'", scalar: true));
    }

    public void Dispose() => _viva.Dispose();

    private long Execute(string sql, bool scalar = false)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_viva.Home, "data", "viva.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return scalar ? (long)command.ExecuteScalar()! : command.ExecuteNonQuery();
    }
}
