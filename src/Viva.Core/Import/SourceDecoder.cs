using System.Text;

namespace Viva.Core.Import;

/// <summary>
/// Turns a document's bytes into text the parser can trust: strips BOMs, rejects binary,
/// oversized, empty and invalid UTF-8 input with the line at fault, normalises line ends and
/// repairs UTF-8 that was decoded as Windows-1252 and encoded again.
/// </summary>
public static class SourceDecoder
{
    /// <summary>Largest document accepted, in bytes (20 MB).</summary>
    public const long MaxDocumentBytes = 20L * 1024 * 1024;

    private const int BinarySniffBytes = 8192;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/> of the document named <paramref name="source"/>.</summary>
    public static DecodedDocument Decode(string source, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (bytes.Length > MaxDocumentBytes)
        {
            return Fail(source, 1, $"file is larger than {MaxDocumentBytes / (1024 * 1024)} MB ({bytes.Length:N0} bytes)");
        }

        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = DecodeUtf16(bytes);
        }
        else
        {
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                bytes = bytes[3..];
            }

            var nul = bytes[..Math.Min(bytes.Length, BinarySniffBytes)].IndexOf((byte)0);
            if (nul >= 0)
            {
                return Fail(source, LineAt(bytes, nul), "binary file (NUL byte); expected Markdown or plain text");
            }

            var invalid = FindInvalidUtf8(bytes);
            if (invalid >= 0)
            {
                return Fail(source, LineAt(bytes, invalid), $"invalid UTF-8 (byte 0x{bytes[invalid]:X2} at offset {invalid}); save the file as UTF-8");
            }

            text = StrictUtf8.GetString(bytes);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(source, 1, "file is empty");
        }

        if (LooksBinary(text))
        {
            return Fail(source, 1, "binary file (control characters); expected Markdown or plain text");
        }

        text = NormalizeLineEnds(text);
        var repaired = MojibakeRepair.Repair(text, out var repairs);
        return new DecodedDocument(repaired, null, repairs);
    }

    private static DecodedDocument Fail(string source, int line, string message) =>
        new(null, new ImportDiagnostic(source, line, DiagnosticSeverity.Error, message), 0);

    private static string DecodeUtf16(ReadOnlySpan<byte> bytes)
    {
        var encoding = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
        return encoding.GetString(bytes[2..]);
    }

    private static int FindInvalidUtf8(ReadOnlySpan<byte> bytes) =>
        System.Text.Unicode.Utf8.IsValid(bytes) ? -1 : ScanInvalid(bytes);

    private static int ScanInvalid(ReadOnlySpan<byte> bytes)
    {
        var index = 0;
        while (index < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[index..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return index;
            }

            index += consumed;
        }

        return -1;
    }

    private static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, BinarySniffBytes));
        var control = 0;
        foreach (var c in sample)
        {
            if (c < ' ' && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                control++;
            }
        }

        return control > sample.Length / 20 + 2;
    }

    private static int LineAt(ReadOnlySpan<byte> bytes, int offset) => bytes[..offset].Count((byte)'\n') + 1;

    private static string NormalizeLineEnds(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
}
