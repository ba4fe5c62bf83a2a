using System.Text.RegularExpressions;

namespace Viva.Core.Grading;

/// <summary>
/// Readings by which an answer's negated word still agrees with the point's affirmed one: a negation inside a condition
/// the sentence calls a fault, a step held back until another, and a denial of other things than the point's.
/// </summary>
internal static partial class UnitCoverage
{
    /// <summary>
    /// True when the unit affirms the word and the answer negates it inside an "if" clause, or a relative clause that picks
    /// out the things it speaks of, whose failing the sentence calls a fault, which states what is expected, not a denial:
    /// "if the model can't memorise eight examples there's a bug" expects it to memorise them, and "a feature you cannot
    /// get at prediction time is useless" expects every feature to be available then.
    /// </summary>
    private static bool NegatedInCondition(UnitWord word, AnswerIndex answer, int position)
    {
        var token = answer.Tokens[position];
        if (word.Polarity != Polarity.Affirmed || !token.Negated || answer.SentenceBounds(token.Sentence) is not { } bounds || token.Start > answer.Text.Length)
        {
            return false;
        }

        var lead = answer.Text[bounds.Start..token.Start];
        var at = IfAt().Matches(lead).LastOrDefault();
        if (at is null)
        {
            return false;
        }

        // The condition must still be open at the word, and the sentence must call its failing a fault: then what it
        // negates is what is expected ("if it can't …, there's a bug"); another consequence says nothing of it.
        var condition = lead[at.Index..];
        return condition.IndexOfAny([',', ';', ':']) < 0 && !ThenOpens().IsMatch(condition) && FaultWords().IsMatch(answer.Text[bounds.Start..bounds.End]);
    }

    /// <summary>
    /// True when the point puts its word after a step ("check the split before trusting the results") and the answer
    /// forbids it until that step ("don't trust the results before checking the split"): holding a thing back until
    /// another is done orders them as the point does.
    /// </summary>
    private static bool HeldBackUntilStep(TargetUnit unit, UnitWord word, AnswerIndex answer, int position)
    {
        var token = answer.Tokens[position];
        if (word.Polarity != Polarity.Affirmed || !token.Negated || answer.SentenceBounds(token.Sentence) is not { } bounds
            || token.End > bounds.End || word.Token.Start > unit.Plain.Length)
        {
            return false;
        }

        // The word may be "before" itself.
        var unitStart = unit.Plain.LastIndexOfAny(['.', '!', '?', ';'], Math.Max(0, word.Token.Start - 1)) + 1;
        return BeforeWord().IsMatch(unit.Plain[unitStart..Math.Min(word.Token.End, unit.Plain.Length)]) && UntilWord().IsMatch(answer.Text[token.Start..bounds.End]);
    }

    [GeneratedRegex(@"\bbefore\b", RegexOptions.IgnoreCase)]
    private static partial Regex BeforeWord();

    [GeneratedRegex(@"\b(?:before|until|till)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UntilWord();

    /// <summary>
    /// True when the answer's word names other things than the point's ("other perturbation types", "another model"),
    /// or ends a short list that "other" opens ("other perturbation types or budgets").
    /// </summary>
    private static bool OfOtherThings(AnswerIndex answer, int position)
    {
        const int MaxListWords = 3;
        var tokens = answer.Tokens;
        for (var p = position; p >= 0 && p > position - MaxListWords; p--)
        {
            var start = p > 0 && tokens[p - 1].Sentence == tokens[p].Sentence ? tokens[p - 1].End : 0;
            if (start > tokens[p].Start || tokens[p].Start > answer.Text.Length)
            {
                return false;
            }

            var gap = answer.Text[start..tokens[p].Start];
            if (OtherWord().IsMatch(gap))
            {
                return true;
            }

            if (!ListGap().IsMatch(gap))
            {
                return false;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\b(?:other|another)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OtherWord();

    // What may stand between the words of one noun phrase or list: a comma and up to two short words ("types or").
    [GeneratedRegex(@"^[\s,]*(?:\w+[\s,]+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex ListGap();

    [GeneratedRegex(@"\b(?:bugs?|wrong|broken|problems?|issues?|mistakes?|fault|useless|worthless|pointless|unusable|leak\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FaultWords();

    // A condition: "if …", or a relative clause that picks out the things it speaks of ("a feature you cannot get …").
    [GeneratedRegex(@"\bif\b|\b(?:a|an|any|every)\s+\w+(?:\s+\w+)?\s+(?:that|which|you|we|they)\b", RegexOptions.IgnoreCase)]
    private static partial Regex IfAt();

    [GeneratedRegex(@"\bthen\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThenOpens();

    /// <summary>
    /// True when the unit says only its word makes the claim hold ("Only ORDER BY guarantees row order") and the answer
    /// negates that word after "without" or "unless" ("without ORDER BY the rows come back in any order"): what fails
    /// without a thing is what only that thing ensures.
    /// </summary>
    private static bool NecessaryWithout(TargetUnit unit, UnitWord word, AnswerIndex answer, int position)
    {
        var token = answer.Tokens[position];
        // The word or the one before it follows "only": "Only ORDER BY guarantees…".
        if (word.Polarity != Polarity.Affirmed || !token.Negated || token.Start > answer.Text.Length || word.Token.Start > unit.Plain.Length
            || !OnlyBefore().IsMatch(unit.Plain[..word.Token.Start]))
        {
            return false;
        }

        // The word or the one before it follows "without": "without ORDER BY". And the sentence must say the claim fails
        // then ("in any order", "no guarantee"): "always in insertion order, even without ORDER BY" denies the point.
        var from = position > 1 ? answer.Tokens[position - 2].End : 0;
        if (from > token.Start || WithoutBefore().Match(answer.Text[from..token.Start]) is not { Success: true } without
            || answer.SentenceBounds(token.Sentence) is not { } bounds || bounds.End > answer.Text.Length)
        {
            return false;
        }

        var rest = answer.Text[bounds.Start..(from + without.Index)] + " " + answer.Text[token.End..bounds.End];
        return ClaimFails().IsMatch(rest);
    }

    [GeneratedRegex(@"\b(?:any|arbitrary|undefined|free|random|unpredictable|no|not|never|nothing|cannot|can't|won't|isn't|aren't|doesn't|don't|fails?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClaimFails();

    [GeneratedRegex(@"\bonly\s+(?:the\s+|an?\s+)?(?:\w+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyBefore();

    [GeneratedRegex(@"\b(?:without|unless)\s+(?:the\s+|an?\s+)?(?:\w+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex WithoutBefore();

    /// <summary>
    /// True when the unit says a thing is done automatically or learned ("NAS automates network design") and the answer
    /// negates the word in a clause that denies doing it by hand ("you don't design the network by hand"): what is
    /// denied is the manner, which is the point's own claim said the other way round.
    /// </summary>
    private static bool DeniedByHand(TargetUnit unit, UnitWord word, AnswerIndex answer, int position)
    {
        var token = answer.Tokens[position];
        return word.Polarity == Polarity.Affirmed && token.Negated && Automatic().IsMatch(unit.Plain)
            && ClauseText(answer, token) is { } clause && ByHand().IsMatch(clause);
    }

    /// <summary>
    /// The text of the answer clause the token is in, from a little before its first word (so "by" counts when "hand"
    /// opens it) to its last, within the sentence; null when there is none.
    /// </summary>
    private static string? ClauseText(AnswerIndex answer, in GradingToken token)
    {
        if (answer.SentenceBounds(token.Sentence) is not { } bounds || bounds.End > answer.Text.Length)
        {
            return null;
        }

        var (sentence, clauseIndex) = (token.Sentence, token.Clause);
        var clause = answer.Tokens.Where(t => t.Sentence == sentence && t.Clause == clauseIndex).ToList();
        var start = Math.Max(bounds.Start, clause[0].Start - ClauseLead);
        var end = Math.Min(bounds.End, clause[^1].End + 1);
        return start < end ? answer.Text[start..end] : null;
    }

    /// <summary>
    /// True when the answer negates the word only by denying a change to it ("not adjusting the learning-rate schedule")
    /// and the point says the thing stays fixed ("fixed learning-rate schedules"): leaving it unchanged is what the point
    /// calls fixed.
    /// </summary>
    private static bool KeptFixed(TargetUnit unit, UnitWord word, AnswerIndex answer, int position)
    {
        var token = answer.Tokens[position];
        if (word.Polarity != Polarity.Affirmed || !token.Negated || !Fixedness().IsMatch(unit.Plain))
        {
            return false;
        }

        var from = Math.Max(0, token.Start - ChangeLead);
        return token.Start <= answer.Text.Length && DeniedChangeBefore().IsMatch(answer.Text.AsSpan(from, token.Start - from));
    }

    // How many characters before a word are read for a denied change to it.
    private const int ChangeLead = 60;

    [GeneratedRegex(@"\b(?:fixed|constant|static|frozen|unchanged|unadjusted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Fixedness();

    [GeneratedRegex(@"(?:\bnot|\bnever|n't|n’t|\bwithout)\s+(?:\w+\s+)?(?:adjust|chang|updat|tun|modif|vary|alter|touch|decay|anneal)\w*\s+(?:(?:the|its|their|a|an|any)\s+)?(?:[\w-]+\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex DeniedChangeBefore();

    /// <summary>
    /// True when the answer negates the word in a clause that denies it of two or more ("no partition is read by two
    /// consumers") and the point says one ("each partition is read by exactly one consumer"): none by two is one at most.
    /// </summary>
    private static bool NoneByTwo(TargetUnit unit, UnitWord word, AnswerIndex answer, int position)
    {
        var token = answer.Tokens[position];
        return word.Polarity == Polarity.Affirmed && token.Negated && ExactlyOne().IsMatch(unit.Plain)
            && ClauseText(answer, token) is { } clause && NoneOfTwo().IsMatch(clause);
    }

    [GeneratedRegex(@"\b(?:exactly|only|just)\s+one\b|\ba single\b|\bone and only one\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExactlyOne();

    [GeneratedRegex(@"\b(?:no|never|not|cannot|can't|can’t)\b.*\b(?:two|multiple|several|more than one|both)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoneOfTwo();

    /// <summary>
    /// True when the point negates the word in a purpose ("so safety does not destroy helpfulness") and the answer says
    /// it plainly in what follows "or" or "otherwise" after an instruction ("…, or safety will have cost you
    /// helpfulness"): what happens if the step is skipped is what the step is there to stop.
    /// </summary>
    private static bool SaidAsOtherwise(TargetUnit unit, UnitWord word, AnswerIndex answer, int position)
    {
        var token = answer.Tokens[position];
        if (word.Polarity != Polarity.Negated || token.Negated || !NegatedPurpose().IsMatch(unit.Plain)
            || answer.SentenceBounds(token.Sentence) is not { } bounds || bounds.End > answer.Text.Length || token.Start < bounds.Start)
        {
            return false;
        }

        var before = answer.Text[bounds.Start..token.Start];
        var otherwise = Otherwise().Match(before);
        return otherwise.Success && !before[(otherwise.Index + otherwise.Length)..].Any(c => c is ',' or ';' or ':');
    }

    [GeneratedRegex(@"\bso(?:\s+that)?\b[^.;]*?(?:\bnot\b|n't|n’t|\bnever\b|\bno\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NegatedPurpose();

    [GeneratedRegex(@"(?:,\s*or(?:\s+else)?|\botherwise)\b", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex Otherwise();

    // How many characters before a clause's first content word are read with it ("by hand", "no partition").
    private const int ClauseLead = 12;

    [GeneratedRegex(@"\bautomat\w*|\blearn(?:s|ed|t)?\b|\bdiscover\w*", RegexOptions.IgnoreCase)]
    private static partial Regex Automatic();

    [GeneratedRegex(@"\bby hand\b|\bmanually\b|\bhand-?(?:crafted|written|designed|tuned|engineered|picked|coded)\b|\bhand-?(?:craft|write|design|tune|engineer|pick|code)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ByHand();
}
