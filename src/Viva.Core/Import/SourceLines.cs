using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Viva.Core.Import;

/// <summary>Maps character offsets of a document to 1-based lines and slices whole lines out of it.</summary>
internal sealed class SourceLines
{
    private readonly int[] _starts;

    public SourceLines(string text)
    {
        Text = text;

        // Counted first, so the array is made once at its size; then the line breaks are read sixteen characters at a
        // time, each block's breaks taken from one comparison mask.
        var starts = new int[text.AsSpan().Count('\n') + 1];
        var chars = MemoryMarshal.Cast<char, ushort>(text.AsSpan());
        var newline = Vector256.Create((ushort)'\n');
        var line = 1;
        var at = 0;
        for (; at + Vector256<ushort>.Count <= chars.Length; at += Vector256<ushort>.Count)
        {
            var mask = Vector256.Equals(Vector256.Create(chars.Slice(at, Vector256<ushort>.Count)), newline).ExtractMostSignificantBits();
            while (mask != 0)
            {
                starts[line++] = at + BitOperations.TrailingZeroCount(mask) + 1;
                mask &= mask - 1;
            }
        }

        for (; at < chars.Length; at++)
        {
            if (chars[at] == '\n')
            {
                starts[line++] = at + 1;
            }
        }

        _starts = starts;
    }

    public string Text { get; }

    public int Count => _starts.Length;

    /// <summary>The offset at which 0-based line <paramref name="line"/> starts.</summary>
    public int StartOf(int line) => _starts[line];

    /// <summary>The 0-based line holding <paramref name="offset"/>.</summary>
    public int LineOf(int offset)
    {
        var index = _starts.AsSpan().BinarySearch(Math.Clamp(offset, 0, Math.Max(0, Text.Length)));
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>The text of 0-based line <paramref name="line"/>, without its line end.</summary>
    public string Line(int line)
    {
        var start = _starts[line];
        var end = line + 1 < _starts.Length ? _starts[line + 1] - 1 : Text.Length;
        return Text[start..Math.Max(start, end)];
    }

    /// <summary>The text from <paramref name="offset"/> to the end of its line.</summary>
    public string LineFrom(int offset) => SpanFrom(offset).ToString();

    /// <summary>Like <see cref="LineFrom"/>, without allocating.</summary>
    public ReadOnlySpan<char> SpanFrom(int offset)
    {
        var line = LineOf(offset);
        var end = line + 1 < _starts.Length ? _starts[line + 1] - 1 : Text.Length;
        return offset >= end ? [] : Text.AsSpan(offset, end - offset);
    }

    /// <summary>Like <see cref="Lines"/>, without allocating.</summary>
    public ReadOnlySpan<char> Span(int first, int last)
    {
        if (last < first)
        {
            return [];
        }

        var start = _starts[first];
        var end = last + 1 < _starts.Length ? _starts[last + 1] - 1 : Text.Length;
        return Text.AsSpan(start, Math.Max(0, end - start));
    }

    /// <summary>The whole lines from 0-based <paramref name="first"/> to <paramref name="last"/>, inclusive.</summary>
    public string Lines(int first, int last)
    {
        if (last < first)
        {
            return string.Empty;
        }

        var start = _starts[first];
        var end = last + 1 < _starts.Length ? _starts[last + 1] - 1 : Text.Length;
        return Text[start..Math.Max(start, end)];
    }
}
