using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Viva.Cli.Database;

/// <summary>
/// A table's row count and a checksum of its contents that does not depend on the database: each row is written in one
/// canonical text (integers in decimal, reals round-trippable, bytes in hex, null apart from empty), hashed, and the
/// sorted row hashes hashed again, so the same rows give the same checksum in SQLite and PostgreSQL in any order.
/// </summary>
internal sealed class TableChecksum
{
    private readonly List<byte[]> _rows = [];

    public int Rows => _rows.Count;

    /// <summary>Adds the current row of <paramref name="reader"/>.</summary>
    public void Add(DbDataReader reader)
    {
        var text = new StringBuilder();
        for (var i = 0; i < reader.FieldCount; i++)
        {
            var value = reader.IsDBNull(i) ? null : Canonical(reader.GetValue(i));
            text.Append(value is null ? "-" : string.Create(CultureInfo.InvariantCulture, $"{value.Length}:{value}")).Append('|');
        }

        _rows.Add(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The checksum of every row added, in hex.</summary>
    public string Digest()
    {
        using var all = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var row in _rows.OrderBy(r => Convert.ToHexString(r), StringComparer.Ordinal))
        {
            all.AppendData(row);
        }

        return Convert.ToHexStringLower(all.GetHashAndReset());
    }

    private static string Canonical(object value) => value switch
    {
        string text => text,
        byte[] bytes => Convert.ToHexStringLower(bytes),
        bool flag => flag ? "1" : "0",
        double real => real.ToString("R", CultureInfo.InvariantCulture),
        float real => ((double)real).ToString("R", CultureInfo.InvariantCulture),
        IConvertible number => Convert.ToInt64(number, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
