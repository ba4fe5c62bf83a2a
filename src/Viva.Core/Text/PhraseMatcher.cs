namespace Viva.Core.Text;

/// <summary>
/// Finds the lexicon phrase that starts at a word of a text: the longest run of words whose spellings, joined by single
/// spaces, a lexicon holds. The joined text is built in a stack buffer and looked up by span, so nothing is allocated.
/// </summary>
internal static class PhraseMatcher
{
    // Runs longer than this, joined, are never looked up: no lexicon phrase is that long.
    private const int MaxJoinedLength = 128;

    /// <summary>
    /// The longest phrase of <paramref name="phrases"/> made of the words from <paramref name="start"/> on, at most
    /// <paramref name="longest"/> of them: its canonical form and how many words it spans; null when none is.
    /// </summary>
    /// <typeparam name="TWords">The caller's list of words.</typeparam>
    /// <param name="words">The words, read through <paramref name="wordAt"/>.</param>
    /// <param name="start">Where the phrase starts.</param>
    /// <param name="longest">The most words a phrase from there may span; no more than the words left.</param>
    /// <param name="wordAt">
    /// The spelling of the word at an index (the flag is true for the phrase's first word), or null where a phrase
    /// cannot run on into that word (across the end of a sentence, say).
    /// </param>
    /// <param name="phrases">The lexicon: each phrase's joined spelling to its canonical form.</param>
    public static (string Canonical, int Length)? Longest<TWords>(
        TWords words,
        int start,
        int longest,
        Func<TWords, int, bool, string?> wordAt,
        Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> phrases)
    {
        ArgumentNullException.ThrowIfNull(wordAt);
        Span<char> buffer = stackalloc char[MaxJoinedLength];
        for (var length = longest; length >= 1; length--)
        {
            var used = 0;
            var fits = true;
            for (var k = 0; k < length && fits; k++)
            {
                var word = wordAt(words, start + k, k == 0);
                fits = word is not null && used + word.Length + 1 <= buffer.Length;
                if (fits)
                {
                    if (k > 0)
                    {
                        buffer[used++] = ' ';
                    }

                    word!.CopyTo(buffer[used..]);
                    used += word.Length;
                }
            }

            if (fits && phrases.TryGetValue(buffer[..used], out var canonical))
            {
                return (canonical, length);
            }
        }

        return null;
    }
}
