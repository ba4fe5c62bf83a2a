using System.Buffers;
using System.Text;

namespace Viva.Core.Import;

/// <summary>
/// Repairs UTF-8 text that was once decoded as Windows-1252 and encoded again
/// (<c>â€™</c> → <c>’</c>, <c>Hâ‚€</c> → <c>H₀</c>).
/// </summary>
public static class MojibakeRepair
{
    // Windows-1252 maps 0x80–0x9F to these characters; the five holes (0x81, 0x8D, 0x8F, 0x90, 0x9D)
    // are usually lost when such text is saved, which is why a truncated sequence is retried with them.
    private const string Cp1252High = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
    private static readonly byte[] Holes = [0x81, 0x8D, 0x8F, 0x90, 0x9D];
    private static readonly SearchValues<char> Leads = SearchValues.Create("ÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóô");
    private static readonly Dictionary<char, byte> HighBytes = BuildHighBytes();

    /// <summary>Returns <paramref name="text"/> with every double-encoded sequence decoded once more.</summary>
    /// <param name="text">Text that may hold mojibake.</param>
    /// <param name="repairs">How many sequences were repaired.</param>
    public static string Repair(string text, out int repairs)
    {
        ArgumentNullException.ThrowIfNull(text);
        repairs = 0;
        if (text.AsSpan().IndexOfAny(Leads) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        Span<byte> buffer = stackalloc byte[4];
        var i = 0;
        while (i < text.Length)
        {
            if (TryDecodeAt(text, i, buffer, out var decoded, out var consumed))
            {
                builder.Append(decoded);
                i += consumed;
                repairs++;
            }
            else
            {
                builder.Append(text[i]);
                i++;
            }
        }

        return builder.ToString();
    }

    private static bool TryDecodeAt(string text, int start, Span<byte> buffer, out string decoded, out int consumed)
    {
        decoded = string.Empty;
        consumed = 0;
        if (!HighBytes.TryGetValue(text[start], out var lead) || lead < 0xC2 || lead > 0xF4)
        {
            return false;
        }

        var needed = lead switch { < 0xE0 => 1, < 0xF0 => 2, _ => 3 };
        buffer[0] = lead;
        var have = 0;
        while (have < needed && start + 1 + have < text.Length
               && HighBytes.TryGetValue(text[start + 1 + have], out var next) && next is >= 0x80 and <= 0xBF)
        {
            buffer[1 + have] = next;
            have++;
        }

        if (have == needed)
        {
            return TryUtf8(buffer[..(needed + 1)], have + 1, out decoded, out consumed);
        }

        // One byte short: the missing one was a Windows-1252 hole that got dropped.
        if (have >= 1 && have == needed - 1)
        {
            foreach (var hole in Holes)
            {
                buffer[needed] = hole;
                if (TryUtf8(buffer[..(needed + 1)], have + 1, out decoded, out consumed))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool TryUtf8(ReadOnlySpan<byte> bytes, int charsUsed, out string decoded, out int consumed)
    {
        decoded = string.Empty;
        consumed = 0;
        if (Rune.DecodeFromUtf8(bytes, out var rune, out var length) != OperationStatus.Done || length != bytes.Length)
        {
            return false;
        }

        decoded = rune.ToString();
        consumed = charsUsed;
        return true;
    }

    private static Dictionary<char, byte> BuildHighBytes()
    {
        var map = new Dictionary<char, byte>();
        for (var b = 0x80; b <= 0xFF; b++)
        {
            map[(char)b] = (byte)b;
        }

        for (var k = 0; k < Cp1252High.Length; k++)
        {
            map[Cp1252High[k]] = (byte)(0x80 + k);
        }

        return map;
    }
}
