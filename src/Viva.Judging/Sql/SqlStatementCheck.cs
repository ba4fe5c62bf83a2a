using System.Text;

namespace Viva.Judging.Sql;

/// <summary>
/// Accepts one <c>SELECT</c> or <c>WITH</c> statement and refuses anything else, before SQLite sees it. The database
/// is also <c>query_only</c>, so this is for a clear message, not the only guard.
/// </summary>
internal static class SqlStatementCheck
{
    /// <summary>Null when <paramref name="sql"/> is one query; otherwise why it is refused.</summary>
    public static string? Problem(string sql)
    {
        var code = WithoutCommentsAndStrings(sql).Trim().TrimEnd(';').Trim();
        if (code.Length == 0)
        {
            return "the attempt is empty: write one SELECT (or WITH ... SELECT) query";
        }

        if (code.Contains(';', StringComparison.Ordinal))
        {
            return "only one statement is allowed: remove everything after the first ';'";
        }

        var first = new string([.. code.TakeWhile(char.IsLetter)]).ToUpperInvariant();
        return first is "SELECT" or "WITH" or "VALUES"
            ? null
            : $"only queries are allowed (SELECT or WITH), not {(first.Length == 0 ? "this statement" : first)}";
    }

    /// <summary>The code with comments blanked and string literals emptied, so a ';' inside them is not a separator.</summary>
    private static string WithoutCommentsAndStrings(string sql)
    {
        var builder = new StringBuilder(sql.Length);
        for (var i = 0; i < sql.Length; i++)
        {
            if (sql[i] == '-' && i + 1 < sql.Length && sql[i + 1] == '-')
            {
                while (i < sql.Length && sql[i] != '\n')
                {
                    i++;
                }

                builder.Append(' ');
            }
            else if (sql[i] == '/' && i + 1 < sql.Length && sql[i + 1] == '*')
            {
                var end = sql.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? sql.Length : end + 1;
                builder.Append(' ');
            }
            else if (sql[i] is '\'' or '"' or '`' or '[')
            {
                var close = sql[i] == '[' ? ']' : sql[i];
                var end = sql.IndexOf(close, i + 1);
                i = end < 0 ? sql.Length : end;
                builder.Append("''");
            }
            else
            {
                builder.Append(sql[i]);
            }
        }

        return builder.ToString();
    }
}
