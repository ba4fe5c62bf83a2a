using System.Text.Encodings.Web;
using System.Text.Json;

namespace Viva.Cli.Output;

/// <summary>Writes the <c>--json</c> contracts: indented, UTF-8 characters kept readable.</summary>
public static class Json
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Serialises <paramref name="value"/> and writes it with a final newline.</summary>
    public static void Write(TextWriter writer, object value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine(JsonSerializer.Serialize(value, Options));
    }
}
