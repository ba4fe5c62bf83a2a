using System.Text.RegularExpressions;

namespace Viva.Core.Grading;

/// <summary>
/// Reads which of two things a key point prefers ("use MAE or Huber instead of MSE for outlying targets", "prefer integer
/// join keys over strings", "start from a pretrained backbone rather than training from scratch") and finds an answer
/// that prefers the other ("switch from MAE to MSE"). Both things are named either way, so words and meaning alike read
/// the reversed answer as stated; only which side of "instead of" each one is on tells.
/// </summary>
/// <remarks>
/// A preference is read from "A instead of B", "A rather than B", "instead of B, A", "prefer (choose, favour, pick) A
/// over (to) B", "switch (move, go, migrate, change) from B to A", "replace B with (by) A", "A replace(s) B" and "B was
/// (has been) replaced by A". Each side is the run of
/// words next to the marker that no other word parts ("MSE for outlying targets" is MSE): at most
/// <see cref="MaxSide"/> words joined by nothing, a comma, a hyphen, "and", "or", an article or a distributive word
/// ("once per request", "every step"). A negated side prefers nothing.
/// </remarks>
internal static partial class PreferenceSwap
{
    // Matched at least this well (the word, its stem, a synonym), a word's side is compared.
    private const float Strong = 0.8f;

    private const int MaxSide = 4;

    private static readonly string[] Joining = ["and", "or", "the", "a", "an", "once", "per", "each", "every"];

    private sealed record Preference(List<int> Preferred, List<int> Over);

    /// <summary>A word of the point's preferred thing and one of the thing it is preferred to, as the point spells them, or null.</summary>
    public static (string Preferred, string Over)? Find(TargetUnit unit, AnswerIndex answer)
    {
        if (unit.Tokens.Count < 2 || answer.Tokens.Count < 2)
        {
            return null;
        }

        List<Preference>? answerPreferences = null;
        foreach (var point in Read(unit.Tokens, unit.Plain))
        {
            var preferred = point.Preferred.Select(i => unit.Tokens[i]).ToList();
            var over = point.Over.Select(i => unit.Tokens[i]).ToList();
            var preferredKeys = preferred.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
            if (over.Any(t => preferredKeys.Contains(t.Key)))
            {
                continue;
            }

            foreach (var said in answerPreferences ??= Read(answer.Tokens, answer.Text))
            {
                var answerPreferred = said.Preferred.ToHashSet();
                var answerOver = said.Over.ToHashSet();
                var turnedPreferred = Said(answer, preferred, answerOver);
                var turnedOver = Said(answer, over, answerPreferred);
                if (turnedPreferred is not null && turnedOver is not null && Said(answer, preferred, answerPreferred) is null && Said(answer, over, answerOver) is null)
                {
                    return (turnedPreferred.Value.SurfaceIn(unit.Plain), turnedOver.Value.SurfaceIn(unit.Plain));
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The point's preference, as a conflict where the answer keeps both things side by side instead ("use the sampler
    /// together with shuffle=True" for "a sampler replaces shuffle=True"), or null.
    /// </summary>
    public static UnitConflict? KeptBoth(TargetUnit unit, AnswerIndex answer)
    {
        if (unit.Tokens.Count < 2 || answer.Tokens.Count < 2)
        {
            return null;
        }

        var together = Together().Matches(answer.Text);
        if (together.Count == 0)
        {
            return null;
        }

        foreach (var point in Read(unit.Tokens, unit.Plain))
        {
            var preferred = point.Preferred.Select(i => unit.Tokens[i]).ToList();
            var over = point.Over.Select(i => unit.Tokens[i]).ToList();
            foreach (Match m in together)
            {
                var before = Before(answer.Tokens, answer.Text, m.Index).ToHashSet();
                var after = After(answer.Tokens, answer.Text, m.Index + m.Length).ToHashSet();
                var bothWays = (Said(answer, preferred, before) is not null && Said(answer, over, after) is not null)
                    || (Said(answer, over, before) is not null && Said(answer, preferred, after) is not null);
                if (bothWays && !point.Over.Concat(point.Preferred).Any(i => unit.Tokens[i].Negated))
                {
                    return new UnitConflict(ConflictKind.Negated, unit.Tokens[point.Over[0]].SurfaceIn(unit.Plain), m.Index, m.Length, null, null);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The point's preference, as a conflict where the answer affirms the thing given way to and never names the one
    /// preferred ("decides once per request, at admission" for "schedules at every decode iteration instead of once per
    /// request"), or null. The answer names the thing given way to in full, unnegated and as no foil of its own.
    /// </summary>
    public static UnitConflict? ChoseOther(TargetUnit unit, AnswerIndex answer)
    {
        if (unit.Tokens.Count < 2 || answer.Tokens.Count < 2)
        {
            return null;
        }

        var all = Enumerable.Range(0, answer.Tokens.Count).Where(i => !answer.Tokens[i].Negated && !answer.Tokens[i].Foil).ToHashSet();
        var anywhere = Enumerable.Range(0, answer.Tokens.Count).ToHashSet();
        foreach (var point in Read(unit.Tokens, unit.Plain))
        {
            var preferred = point.Preferred.Select(i => unit.Tokens[i]).ToList();
            var over = point.Over.Select(i => unit.Tokens[i]).ToList();
            var preferredKeys = preferred.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
            if (over.Any(t => preferredKeys.Contains(t.Key)) || Said(answer, preferred, anywhere) is not null
                || over.Any(t => !answer.SaysAt(t, all, Strong)))
            {
                continue;
            }

            var position = answer.Matches(over[^1]).First(m => !m.Opposite && m.Similarity >= Strong && all.Contains(m.Position)).Position;
            if (!ClaimsOf(unit, point, answer, position))
            {
                continue;
            }

            var at = answer.Tokens[position];
            return new UnitConflict(ConflictKind.Negated, over[^1].SurfaceIn(unit.Plain), at.Start, at.Length, null, null);
        }

        return null;
    }

    /// <summary>
    /// True when the answer's sentence at <paramref name="position"/> makes the point's claim of the thing given way to: it
    /// says another of the point's words ("makes its scheduling decision once per request"), and the thing's clause sets
    /// it against nothing ("whereas an RNN steps through them" names the RNN only to set it apart).
    /// </summary>
    private static bool ClaimsOf(TargetUnit unit, Preference point, AnswerIndex answer, int position)
    {
        var sides = point.Preferred.Concat(point.Over).Select(i => unit.Tokens[i].Key).ToHashSet(StringComparer.Ordinal);
        var clause = Enumerable.Range(0, answer.Tokens.Count)
            .Where(i => answer.Tokens[i].Sentence == answer.Tokens[position].Sentence && answer.Tokens[i].Clause == answer.Tokens[position].Clause).ToHashSet();
        var sentence = Enumerable.Range(0, answer.Tokens.Count).Where(i => answer.Tokens[i].Sentence == answer.Tokens[position].Sentence).ToHashSet();
        var frame = unit.Tokens.Where(t => !sides.Contains(t.Key) && !t.Negated).ToList();
        if (answer.FirstSaidAt(frame, sentence, Strong) is null || answer.SentenceBounds(answer.Tokens[position].Sentence) is not { } bounds)
        {
            return false;
        }

        var from = Math.Max(bounds.Start, answer.Tokens[clause.Min()].Start - ContrastLead);
        var to = Math.Min(bounds.End, answer.Tokens[clause.Max()].End);
        return from >= to || !Contrast().IsMatch(answer.Text[from..to]);
    }

    // How many characters before a clause's first word are read for a word that sets it against another.
    private const int ContrastLead = 12;

    [GeneratedRegex(@"\b(?:whereas|while|but|unlike|compared|contrast|than|instead|rather|versus|vs)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Contrast();

    private static GradingToken? Said(AnswerIndex answer, List<GradingToken> words, HashSet<int> where) => answer.FirstSaidAt(words, where, Strong);

    private static List<Preference> Read(IReadOnlyList<GradingToken> tokens, string text)
    {
        var found = new List<Preference>();
        foreach (Match m in Marker().Matches(text))
        {
            List<int> preferred, over;
            if (m.Groups["instead"].Success)
            {
                (preferred, over) = (Before(tokens, text, m.Index), After(tokens, text, m.Index + m.Length));
            }
            else if (m.Groups["replaces"].Success)
            {
                // "A sampler replaces shuffle=True": the subject is preferred to the object.
                (preferred, over) = (Before(tokens, text, m.Index), After(tokens, text, m.Index + m.Length));
            }
            else if (m.Groups["prefer"].Success)
            {
                (preferred, over) = (Between(tokens, End(m.Groups["prefer"]), m.Groups["pmid"].Index), After(tokens, text, End(m.Groups["pmid"])));
            }
            else
            {
                // "switch from B to A", "replace B with A": the thing named first gives way.
                var (verb, mid) = m.Groups["switch"].Success ? (m.Groups["switch"], m.Groups["smid"]) : (m.Groups["replace"], m.Groups["rmid"]);
                (preferred, over) = (After(tokens, text, End(mid)), Between(tokens, End(verb), mid.Index));
                if (m.Groups["replace"].Success && over.Count == 0 && Passive().Match(text[..verb.Index]) is { Success: true } auxiliary)
                {
                    // "Sinusoidal encodings were replaced by rotary ones": the subject gives way.
                    over = Before(tokens, text, auxiliary.Index);
                }
            }

            if (m.Groups["instead"].Success && preferred.Count == 0)
            {
                // "Instead of B, A": the thing given way to ends at the comma, and the preferred one follows it.
                over = After(tokens, text, End(m), commas: false);
                var comma = over.Count > 0 ? text.IndexOf(',', tokens[over[^1]].End) : -1;
                preferred = comma >= 0 && over[^1] + 1 < tokens.Count && tokens[over[^1] + 1].Start > comma ? After(tokens, text, comma + 1) : [];
            }

            // "instead of", "rather than" and "prefer … over" negate what follows them themselves.
            if (preferred.Count > 0 && over.Count > 0 && !preferred.Any(i => tokens[i].Negated) && (m.Groups["instead"].Success || m.Groups["prefer"].Success || !over.Any(i => tokens[i].Negated)))
            {
                found.Add(new Preference(preferred, over));
            }
        }

        return found;
    }

    /// <summary>The side that starts at the first word after <paramref name="at"/>.</summary>
    private static List<int> After(IReadOnlyList<GradingToken> tokens, string text, int at, bool commas = true)
    {
        var side = new List<int>();
        for (var i = 0; i < tokens.Count && side.Count < MaxSide; i++)
        {
            if (tokens[i].Start < at)
            {
                continue;
            }

            var from = side.Count == 0 ? at : tokens[side[^1]].End;
            if (!Joins(text, from, tokens[i].Start, commas))
            {
                break;
            }

            side.Add(i);
        }

        return side;
    }

    /// <summary>The side that ends at the last word before <paramref name="at"/>.</summary>
    private static List<int> Before(IReadOnlyList<GradingToken> tokens, string text, int at)
    {
        var side = new List<int>();
        for (var i = tokens.Count - 1; i >= 0 && side.Count < MaxSide; i--)
        {
            if (tokens[i].End > at)
            {
                continue;
            }

            var to = side.Count == 0 ? at : tokens[side[^1]].Start;
            if (!Joins(text, tokens[i].End, to, commas: true))
            {
                break;
            }

            side.Add(i);
        }

        side.Reverse();
        return side;
    }

    private static int End(Capture capture) => capture.Index + capture.Length;

    private static List<int> Between(IReadOnlyList<GradingToken> tokens, int from, int to) =>
        [.. Enumerable.Range(0, tokens.Count).Where(i => tokens[i].Start >= from && tokens[i].End <= to).Take(MaxSide)];

    /// <summary>True when nothing but spaces, a comma, a hyphen or a joining word stands between two words of one side.</summary>
    private static bool Joins(string text, int from, int to, bool commas)
    {
        if (from > to || to > text.Length)
        {
            return false;
        }

        var gap = text[from..to];
        return gap.All(c => char.IsWhiteSpace(c) || char.IsLetter(c) || (c == ',' && commas) || c is '-' or '\'' or '’')
            && RoleSwap.Words(gap).All(w => Array.IndexOf(Joining, w) >= 0);
    }

    [GeneratedRegex(@"\b(?:together\s+with|along\s+with|alongside|as\s+well\s+as|in\s+addition\s+to|combined\s+with|on\s+top\s+of)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Together();

    [GeneratedRegex(@"\b(?:(?<instead>instead\s+of|rather\s+than|unlike)|(?<prefer>prefer\w*)\b[^.;:!?]{0,60}?\b(?<pmid>over|to)\b|(?<prefer>choos\w*|chose\w*|favou?r\w*|pick\w*)\b[^.;:!?]{0,60}?\b(?<pmid>over)\b|(?<switch>(?:switch\w*|mov\w+|go|goes|going|went|migrat\w+|chang\w+)\s+from)\b[^.;:!?]{0,60}?\b(?<smid>to)\b|(?<replace>replac\w*)\b[^.;:!?]{0,60}?\b(?<rmid>with|by)\b|(?<replaces>\breplaces?\b)(?![^.;:!?]{0,60}?\b(?:with|by)\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    // A passive auxiliary just before a verb: "have been replaced", "is replaced", "got replaced".
    [GeneratedRegex(@"\b(?:(?:have|has|had)\s+)?(?:is|are|was|were|be|been|being|gets?|got)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex Passive();
}
