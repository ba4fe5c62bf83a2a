namespace Viva.Core.Grading;

/// <summary>
/// Finds an answer that waves away the harm or the need a key point warns of: "shuffled k-fold is fine for time series"
/// for "shuffled k-fold leaks future information", "wrapping an indexed column in a function doesn't matter" for "avoid
/// functions on indexed columns". The answer says the point's thing, often in the point's words, so words and meaning
/// both find it; only the dismissal tells that it denies the warning.
/// </summary>
/// <remarks>
/// The point holds a word of harm or need ("leaks", "inflate", "avoid", "must"). The answer denies it when one of its
/// sentences says enough of the point's other words, calls the thing fine, harmless or irrelevant ("is fine", "doesn't
/// matter", "hardly matters"), names no harm of the point's itself, and sets no condition or contrast on the dismissal
/// ("fine if you purge the gap", "fine, but it leaks").
/// </remarks>
internal static class DismissedWarning
{
    // Matched at least this well (the word, its stem, a synonym), a point word counts as said.
    private const float Strong = 0.8f;

    // The share of the point's other words, by weight, the dismissing sentence must say.
    private const float Enough = 0.3f;

    // Words by which a point warns of a harm or states a need.
    private static readonly HashSet<string> Warnings = new(
        new[]
        {
            "avoid", "leak", "overstate", "understate", "inflate", "hurt", "harm", "corrupt", "damage", "risk", "break", "mislead",
            "invalid", "wrong", "danger", "dangerous", "pitfall", "problem", "must", "need", "require", "should", "essential", "guarantee",
        }.Select(PorterStemmer.Stem),
        StringComparer.Ordinal);

    // Verbs a key point opens with when it instructs ("Scale features…", "Keep evaluation data…").
    private static readonly HashSet<string> Instructions = new(StringComparer.Ordinal)
    {
        "use", "evaluate", "keep", "choose", "report", "check", "start", "validate", "compare", "log", "measure", "tune", "monitor",
        "track", "detect", "prefer", "fix", "treat", "add", "scale", "fit", "run", "split", "apply", "set", "build", "store",
        "enforce", "train", "test", "select", "remove", "drop", "normalize", "normalise", "standardize", "standardise", "clip",
        "freeze", "limit", "shuffle", "stratify", "impute", "encode", "regularize", "regularise", "retrain", "version",
        "document", "profile", "deduplicate", "filter", "index", "partition", "pin", "sample", "resample", "calibrate", "combine",
        "slice", "inspect", "examine", "review", "audit", "verify", "look",
    };

    // Words an instruction may open with before its verb.
    private static readonly HashSet<string> Leads = new(StringComparer.Ordinal) { "optional", "also", "always", "then", "first", "finally" };

    // Words that call a thing harmless.
    private static readonly HashSet<string> Harmless = new(StringComparer.Ordinal)
    {
        "fine", "harmless", "irrelevant", "ok", "okay", "unimportant", "optional", "unnecessary", "needless", "pointless", "overkill",
        "waste", "unneeded", "superfluous",
    };

    // Words that put a condition or a contrast on a dismissal.
    private static readonly HashSet<string> Hedges = new(StringComparer.Ordinal)
    {
        "if", "unless", "only", "but", "however", "although", "though", "except", "provided", "whereas", "while",
    };

    // Words for a worry that a negator before them dismisses ("leakage isn't a concern", "no problem here", "not an issue").
    private static readonly HashSet<string> Worries = new(StringComparer.Ordinal) { "concern", "issue", "problem", "worry", "risk" };

    // Negators that dismiss a worry within the three words before it.
    private static readonly HashSet<string> WorryNegators = new(StringComparer.Ordinal) { "isnt", "not", "no", "never", "arent", "wasnt" };

    // Negators before "matter" that make it a dismissal ("doesn't matter", "hardly matters").
    private static readonly HashSet<string> MatterNegators = new(StringComparer.Ordinal)
    {
        "doesnt", "dont", "not", "hardly", "barely", "never", "didnt", "wont", "scarcely",
    };

    // Negators that deny a need said by "need" or "have to" just after them ("no need to check", "you don't have to").
    private static readonly HashSet<string> NeedNegators = new(StringComparer.Ordinal) { "no", "dont", "doesnt", "didnt", "not", "never" };

    /// <summary>The point's warning word, as a conflict at the answer's dismissal, or null.</summary>
    public static UnitConflict? Find(TargetUnit unit, AnswerIndex answer)
    {
        var warning = unit.Tokens.FirstOrDefault(t => Warnings.Contains(t.Key) && !t.Negated);
        var unitWords = GradingTokenizer.Words(unit.Plain);
        var warningWord = warning.Key is not null ? warning.SurfaceIn(unit.Plain) : Modal(unitWords);
        if (warningWord is null || answer.Text.Length == 0 || unitWords.Any(w => Harmless.Contains(w.Text) || w.Text is "matter" or "matters"))
        {
            return null;
        }

        var others = unit.Words.Where(w => !Warnings.Contains(w.Token.Key) && w.Polarity != Polarity.Negated).ToList();
        var total = others.Sum(w => w.Weight);
        if (total <= 0f)
        {
            return null;
        }

        var tokens = answer.Tokens;
        var full = answer.FullSentences;
        foreach (var first in Enumerable.Range(0, tokens.Count).Where(i => i == 0 || tokens[i].Sentence != tokens[i - 1].Sentence))
        {
            // The point's words may stand in the part of the sentence before a semicolon: "fit it on all the data; leakage
            // doesn't matter".
            var (sentence, whole) = (tokens[first].Sentence, full[first]);
            var said = others.Where(w => answer.Matches(w.Token).Any(m => !m.Opposite && m.Similarity >= Strong && full[m.Position] == whole && !tokens[m.Position].Negated))
                .Sum(w => w.Weight);
            var warnsToo = unit.Tokens.Where(t => Warnings.Contains(t.Key))
                .Any(t => answer.Matches(t).Any(m => !m.Opposite && m.Similarity >= Strong && full[m.Position] == whole && !tokens[m.Position].Negated));
            if (said < Enough * total || warnsToo || Dismissal(answer, sentence) is not { } at)
            {
                continue;
            }

            return new UnitConflict(ConflictKind.Negated, warningWord, at.Start, at.Length, null, null);
        }

        return null;
    }

    /// <summary>Where the answer's sentence calls its thing harmless, when it does so without a hedge; otherwise null.</summary>
    private static (int Start, int Length)? Dismissal(AnswerIndex answer, int sentence)
    {
        if (answer.SentenceBounds(sentence) is not var (start, end))
        {
            return null;
        }

        var words = GradingTokenizer.Words(answer.Text[start..end]);
        if (words.Any(w => Hedges.Contains(w.Text)))
        {
            return null;
        }

        for (var k = 0; k < words.Count; k++)
        {
            var matters = words[k].Text is "matter" or "matters" && k > 0 && (MatterNegators.Contains(words[k - 1].Text)
                || (k > 1 && words[k - 1].Text is "really" or "much" && MatterNegators.Contains(words[k - 2].Text)));
            var noWorry = Worries.Contains(words[k].Text) && words.Take(k).TakeLast(3).Any(w => WorryNegators.Contains(w.Text));
            // A second denial after a denied need restricts it ("never has to read the columns it doesn't select"):
            // it says what is needed, not that nothing is.
            var needless = NeedDenied(words, k) && !words.Skip(k + 2).Any(w => FunctionWords.IsNegator(w.Text));
            // "never a waste of time", "not fine" deny the dismissal.
            var harmless = Harmless.Contains(words[k].Text) && !words.Take(k).TakeLast(3).Any(w => FunctionWords.IsNegator(w.Text));
            if (harmless || matters || noWorry || needless || words[k].Text is "nonissue" or "neednt")
            {
                return (start + words[k].Start, words[k].Length);
            }
        }

        return null;
    }

    /// <summary>
    /// The point's "must" or "should" when it states a need with one (a stop word, so no token of its own), unless a
    /// negation follows ("must not" forbids), or the verb it opens with when it is an instruction ("Scale features before
    /// using a kernel", "Log every experiment"): an answer that calls the step unneeded denies it.
    /// </summary>
    private static string? Modal(List<GradingTokenizer.RawWord> words)
    {
        // "(optional)" marks the point, and an adverb of order or frequency may stand before the verb ("Also measure…").
        var opening = words.Count > 1 && Leads.Contains(words[0].Text) ? 1 : 0;
        if (opening < words.Count && Instructions.Contains(words[opening].Text))
        {
            return words[opening].Text;
        }

        for (var k = 0; k < words.Count; k++)
        {
            if (words[k].Text is "must" or "should" && (k + 1 == words.Count || !FunctionWords.IsNegator(words[k + 1].Text)))
            {
                return words[k].Text;
            }
        }

        return null;
    }

    /// <summary>
    /// True at "need" or "have to" denied by the word before it, or two before past "really" ("there's no need to check",
    /// "you don't really need to", "doesn't have to be validated"): the answer says the point's need is none.
    /// </summary>
    private static bool NeedDenied(List<GradingTokenizer.RawWord> words, int k)
    {
        if (words[k].Text is "need" or "needs" && k + 1 < words.Count && words[k + 1].Text == "no")
        {
            // "it needs no measurement"
            return true;
        }

        var need = words[k].Text is "need" or "needed" or "required" || (words[k].Text is "have" or "has" && k + 1 < words.Count && words[k + 1].Text == "to");
        if (!need || k == 0)
        {
            return false;
        }

        // "isn't needed", "are no longer required"
        var passive = words[k].Text is "needed" or "required";
        return NeedNegators.Contains(words[k - 1].Text) || (k > 1 && words[k - 1].Text == "really" && NeedNegators.Contains(words[k - 2].Text))
            || (passive && (words[k - 1].Text is "isnt" or "arent" or "wasnt" or "werent" || (k > 1 && words[k - 1].Text == "longer" && words[k - 2].Text == "no")));
    }
}
