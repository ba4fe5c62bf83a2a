using Viva.Core.Linking;
using Viva.Core.Text;

namespace Viva.Core.Grading;

/// <summary>
/// Splits text into the content words a grade is computed from. Words are lower-cased and folded,
/// misspelt domain words repaired, terms joined and abbreviations expanded through
/// <see cref="GradingLexicon"/> ("rectified linear unit" and "ReLU" → "relu"), stop words dropped and
/// the rest Porter-stemmed. Each word keeps its place in the text, its sentence, and whether a negator
/// within the same clause governs it ("not convex", "non-convex", and with a vocabulary "unsorted").
/// </summary>
public static partial class GradingTokenizer
{
    /// <summary>How many characters of a text are read; the rest of a longer text is ignored.</summary>
    public const int MaxChars = 20_000;

    /// <summary>How many content words after a negator it governs.</summary>
    public const int NegationReach = 3;

    // How many content words after "than" or "unlike" name the thing set against the clause's subject.
    private const int FoilReach = 2;

    private const int MinRemainder = 4;
    private static readonly string[] NegatingPrefixes = ["non", "un", "in", "im", "ir", "il"];

    // Passive verbs of use whose denial, ending its clause, is about the clause's subject ("the labels aren't used").
    private static readonly HashSet<string> UseVerbs = new(StringComparer.Ordinal) { "used", "needed", "required", "involved", "included", "consulted" };

    /// <summary>The content words of <paramref name="text"/>, in order.</summary>
    /// <param name="text">Plain text (see <see cref="PlainText"/> for Markdown).</param>
    /// <param name="vocabulary">
    /// Known words: with it, a prefixed word whose remainder the vocabulary knows at least as well reads as
    /// that remainder negated ("unsorted" → not "sorted", "immutable" → not "mutable"). Without it only
    /// "non" prefixes are read that way.
    /// </param>
    public static List<GradingToken> Tokenize(string text, IdfTable? vocabulary = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Words(text);
        var tokens = new List<GradingToken>(words.Count);
        var reach = 0;
        var foil = 0;
        var setting = false;
        var sentence = 0;
        var phrases = GradingLexicon.Lookup;
        var i = 0;
        var negatedSentences = new HashSet<int>();
        var negatedClauses = new HashSet<int>();
        var clause = 0;
        var clauses = new List<int>();
        var aside = false;
        var withoutReach = false;
        var byWithout = new List<int>();
        var hypotheticalClauses = new HashSet<(int Sentence, int Clause)>();
        var withoutOpens = new HashSet<int>();
        var unusedSubjects = new List<int>();
        var otherNegators = new HashSet<int>();
        var byNegator = new List<int>();
        var unlessAt = new Dictionary<int, int>();
        var preferAt = -1;
        var negatorNext = -1;
        var negatedHead = -1;
        var headsReaffirmed = new List<int>();
        var negator = -1;
        var negatorOf = new Dictionary<int, int>();
        var relativeOf = -1;
        var negatorClause = -1;
        var cancelled = new HashSet<int>();
        var lessAt = -1;
        var boundAt = -1;
        while (i < words.Count)
        {
            var (joined, key, length) = Join(words, i, phrases);
            var firstIndex = i;
            var first = words[i];
            var last = words[i + length - 1];
            i += length;
            if (first.Break != WordBreak.None)
            {
                if (negatedHead >= 0 && OnlyOpens(words, firstIndex))
                {
                    headsReaffirmed.Add(negatedHead);
                }

                negatedHead = -1;
                relativeOf = -1;
                clause++;
                reach = 0;
                foil = 0;
                setting = false;
                aside = false;
                sentence += first.Break == WordBreak.Sentence && tokens.Count > 0 ? 1 : 0;
            }

            if (joined.StartsWith("prefer", StringComparison.Ordinal))
            {
                preferAt = sentence;
            }

            var negated = false;
            if (key is null)
            {
                var pair = i < words.Count && words[i].Break == WordBreak.None && FunctionWords.IsNegatingPair(joined, words[i].Text);
                if (pair)
                {
                    // "rather than" opens a clause of its own: what comes before it is affirmed.
                    i++;
                    aside = FunctionWords.SetsAside(joined);
                    clause += aside ? 1 : 0;
                }

                // "prefer A over B" sets B aside as "A rather than B" does.
                var preferOver = !pair && joined == "over" && preferAt == sentence;
                if (preferOver)
                {
                    aside = true;
                    clause++;
                    pair = true;
                }

                if (!pair && FunctionWords.IsNegator(joined) && i < words.Count && words[i].Break == WordBreak.None
                    && (FunctionWords.CancelsNegation(words[i].Text) || NoSingleSuffices(words, firstIndex)))
                {
                    // "not only", "doesn't just", "no matter": skip both words.
                    i++;
                    continue;
                }

                if (!pair && FunctionWords.IsNegator(joined) && i < words.Count && words[i].Break == WordBreak.None && (OnlyFollows(words, i) || TooFollows(words, i)))
                {
                    // "doesn't depend on anything but", "don't make k too small": skip the negator alone.
                    continue;
                }

                if (!pair && FunctionWords.IsNegator(joined) && joined is not ("without" or "non") && MoreThanAfter(words, i) is var bound and >= 0)
                {
                    // "never punishes a wrong prediction by more than a fixed amount" bounds the penalty: the negation says
                    // how much at most, not whether.
                    boundAt = bound;
                    continue;
                }

                if (!pair && FunctionWords.IsNegator(joined) && joined is not ("without" or "non") && AsMuchAfter(words, i) is var much and >= 0)
                {
                    // "don't need nearly as much data" needs less data: the negation says how much, not whether.
                    lessAt = much;
                    continue;
                }

                if (pair || FunctionWords.IsNegator(joined))
                {
                    negatorNext = !pair && DeniesVerb(words, firstIndex, joined) ? i : -1;
                    negatedHead = -1;
                    var bareRelative = !pair && negator >= 0 && negatorClause == clause && reach > 0 && BareRelative(words, firstIndex);
                    negator++;
                    if ((relativeOf >= 0 || bareRelative) && !pair && joined is not ("without" or "non"))
                    {
                        // "not comparable between models that don't share a tokenizer": a denial restricted to the things a
                        // second denial names says the claim holds only for the others, "comparable only across models
                        // sharing one"; so does "never reads the columns it doesn't select", without the "that".
                        cancelled.UnionWith([relativeOf >= 0 ? relativeOf : negator - 1, negator]);
                    }

                    negatorClause = clause;

                    if (!pair && DeniesUse(words, firstIndex, joined))
                    {
                        // "The true labels aren't used at all": the clause's subject is what the denial is about.
                        unusedSubjects.AddRange(Enumerable.Range(0, tokens.Count).Where(t => clauses[t] == clause && tokens[t].Sentence == sentence));
                    }

                    withoutReach = joined == "without";
                    if (withoutReach && (firstIndex == 0 || first.Break == WordBreak.Sentence))
                    {
                        withoutOpens.Add(sentence);
                    }

                    var sql = SqlOperator(text, first, words, i);
                    if (!withoutReach && joined != "non" && !sql)
                    {
                        otherNegators.Add(sentence);
                    }

                    // "non-Markovian sampling process" negates "Markovian" alone, and "you don't get the whole saving" the whole; "rather
                    // than the whole prefix" sets the whole phrase aside.
                    reach = joined == "non" || (!pair && WholeFollows(words, i)) || MatchFollows(words, i) || LimitFollows(words, i) || sql ? 1 : NegationReach;

                    // "Without it the whole network collapses": "without" has taken its object, a pronoun, and denies
                    // nothing of the claim that follows.
                    reach = withoutReach && i < words.Count && words[i].Break == WordBreak.None && words[i].Text is "it" or "them" or "this" or "these" or "those" ? 0 : reach;
                    aside = aside && pair;

                    // "non-Markovian" names a kind of thing; it denies nothing in the rest of the sentence. Nor does "rather
                    // than": the sentence affirms its main claim.
                    if (joined != "non" && !aside)
                    {
                        negatedSentences.Add(sentence);
                        negatedClauses.Add(clause);
                    }

                    continue;
                }

                if (FunctionWords.EndsNegation(joined))
                {
                    reach = 0;
                    aside = false;
                    clause++;

                    // The object of a negated verb stays in its negation: "doesn't change which token is most likely".
                    relativeOf = -1;
                    if (joined is "which" or "that" && negatedClauses.Contains(clause - 1) && i - length > 0 && words[i - length].Break == WordBreak.None)
                    {
                        negatedClauses.Add(clause);
                        relativeOf = joined == "which" || !ThatComplements(words[i - length - 1].Text) ? negator : -1;
                    }
                }

                if (FunctionWords.IsFoil(joined))
                {
                    foil = FoilReach;
                }

                // "While training" and "when serving" say when, as "during training" does.
                setting |= FunctionWords.IsSetting(joined)
                    || (joined is "while" or "when" && i < words.Count && words[i].Break == WordBreak.None && words[i].Text.EndsWith("ing", StringComparison.Ordinal));

                if (joined == "unless" && negatedSentences.Contains(sentence))
                {
                    unlessAt.TryAdd(sentence, tokens.Count);
                }

                if (TooFollowedBy(words, i - length, joined) && reach == 0)
                {
                    // "too big for memory", "too slow to train on": what follows is what cannot be done, as after "doesn't fit in".
                    reach = NegationReach;
                    withoutReach = false;
                    continue;
                }

                if (joined is "would" or "could")
                {
                    hypotheticalClauses.Add((sentence, clause));
                }

                if (withoutReach && joined is "is" or "are" or "was" or "were")
                {
                    // "Without" takes a thing, not a claim: "deployment without Python is what static graphs buy" says
                    // nothing against static graphs.
                    reach = 0;
                }

                if (firstIndex == boundAt)
                {
                    continue;
                }

                if (firstIndex == lessAt)
                {
                    joined = joined == "much" ? "less" : "fewer";
                }

                if ((FunctionWords.IsStopWord(joined) && !(length == 1 && IsKeyword(text, first))) || KeepsGoing(joined, words, i))
                {
                    continue;
                }

                (joined, negated) = Unprefix(joined, vocabulary);
                key = PorterStemmer.Stem(joined);
            }

            if (withoutReach && reach > 0 && !negated)
            {
                byWithout.Add(tokens.Count);
            }
            else if (reach > 0 && !negated)
            {
                negatorOf[tokens.Count] = negator;
                byNegator.Add(tokens.Count);
                negatedHead = firstIndex == negatorNext ? tokens.Count : negatedHead;
            }

            // "Python-free deployment" is deployment without Python.
            var free = i < words.Count && words[i].Text == "free" && words[i].Break == WordBreak.None
                && words[i].Start == last.Start + last.Length + 1 && text[last.Start + last.Length] == '-';
            i += free ? 1 : 0;
            // A possessor is not what a negation denies: "doesn't need VGG's fully connected layers" denies the layers, not VGG.
            var possessor = reach > 0 && !negated && IsPossessive(text, last);
            negated |= key == "zero" && AboveZero(words, firstIndex);
            tokens.Add(new GradingToken(key, joined, first.Start, last.Start + last.Length - first.Start, negated ^ (reach > 0 && !possessor) ^ free, sentence) { SetAside = aside && reach > 0, Clause = clause, Foil = foil > 0, Setting = setting, Action = IsGerundAfterPreposition(words, firstIndex, joined) });
            foil = Math.Max(0, foil - 1);
            setting = FunctionWords.IsSetting(joined);
            clauses.Add(clause);
            reach = possessor ? reach : Math.Max(0, reach - 1);
        }

        // "Without independent draws the theorem doesn't apply" states what the theorem needs: a condition with "without"
        // and a negated result in one sentence deny neither the condition's words nor the claim.
        // So does one that says what would happen then: "without the T² factor, its gradients would shrink", "without warm-up
        // the loss could spike" (but "you could train it without labels" denies them).
        foreach (var t in byWithout)
        {
            if (otherNegators.Contains(tokens[t].Sentence)
                || hypotheticalClauses.Any(h => h.Sentence == tokens[t].Sentence && (h.Clause != clauses[t] || withoutOpens.Contains(h.Sentence))))
            {
                tokens[t] = tokens[t] with { Negated = false };
            }
        }

        // "You can't select a column unless it is grouped" states a condition: the column is selected when it is grouped.
        foreach (var t in byNegator)
        {
            if (unlessAt.TryGetValue(tokens[t].Sentence, out var unless) && t < unless)
            {
                tokens[t] = tokens[t] with { Negated = false };
                negatedClauses.Remove(clauses[t]);
            }
        }

        // "A token doesn't attend to the whole prefix, only to the last W tokens": the verb holds for what "only" names; the
        // negation denies the rest of its clause alone.
        foreach (var t in headsReaffirmed)
        {
            tokens[t] = tokens[t] with { Negated = false };
        }

        foreach (var (t, by) in negatorOf.Where(n => cancelled.Contains(n.Value)))
        {
            tokens[t] = tokens[t] with { Negated = false };
            negatedClauses.Remove(clauses[t]);
        }

        foreach (var t in unusedSubjects)
        {
            tokens[t] = tokens[t] with { Negated = true };
        }

        negatedSentences.ExceptWith(unlessAt.Keys);
        for (var t = 0; t < tokens.Count && negatedSentences.Count > 0; t++)
        {
            tokens[t] = tokens[t] with { InNegatedSentence = negatedSentences.Contains(tokens[t].Sentence), InNegatedClause = negatedClauses.Contains(clauses[t]) };
        }

        return tokens;
    }

    /// <summary>
    /// True when the negator at <paramref name="at"/> says in the passive that a thing is not used at all, and nothing
    /// after the verb limits the denial: "the labels aren't used", "are never needed at all" (but not "isn't used for
    /// tuning", which denies one use).
    /// </summary>
    private static bool DeniesUse(List<RawWord> words, int at, string negator)
    {
        var passive = negator is "isnt" or "arent" or "wasnt" or "werent"
            || (negator is "not" or "never" && at > 0 && words[at].Break == WordBreak.None && words[at - 1].Text is "is" or "are" or "was" or "were" or "be" or "been");
        var verb = at + 1;
        if (!passive || verb >= words.Count || words[verb].Break != WordBreak.None || !UseVerbs.Contains(words[verb].Text))
        {
            return false;
        }

        var rest = verb + 1;
        if (rest + 1 < words.Count && words[rest].Break == WordBreak.None && words[rest].Text == "at" && words[rest + 1].Text == "all")
        {
            rest += 2;
        }

        return rest >= words.Count || words[rest].Break != WordBreak.None;
    }

    /// <summary>
    /// True when the clause at <paramref name="at"/> opens with "only", "just" or "merely" (after "but", if any) and goes
    /// on: it names what a negated verb before it does hold for ("doesn't attend to the whole prefix, only to the last W").
    /// </summary>
    private static bool OnlyOpens(List<RawWord> words, int at)
    {
        var k = at < words.Count && words[at].Text == "but" ? at + 1 : at;
        return k + 1 < words.Count && words[k].Text is "only" or "just" or "merely" && (k == at || words[k].Break == WordBreak.None)
            && words[k + 1].Break == WordBreak.None;
    }

    /// <summary>
    /// Where "much" or "many" stands in "as much" or "so many" within a few words after a negator at <paramref name="at"/>
    /// ("don't need nearly as much data", "doesn't use as many parameters"), in the same clause; -1 when it does not.
    /// </summary>
    private static int AsMuchAfter(List<RawWord> words, int at)
    {
        const int Reach = 4;
        for (var k = at; k + 1 < words.Count && k < at + Reach && words[k].Break == WordBreak.None; k++)
        {
            if (words[k].Text is "as" or "so" && words[k + 1].Text is "much" or "many" && words[k + 1].Break == WordBreak.None)
            {
                return k + 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The position of "more" in "more than" a few words after the negator at <paramref name="at"/>, in its clause ("never
    /// … by more than a fixed amount", "doesn't take more than a second"), or -1.
    /// </summary>
    private static int MoreThanAfter(List<RawWord> words, int at)
    {
        const int Reach = 8;
        for (var k = at; k + 1 < words.Count && k < at + Reach && words[k].Break == WordBreak.None; k++)
        {
            if (words[k].Text == "more" && words[k + 1].Text == "than" && words[k + 1].Break == WordBreak.None)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// True for a word after which "that" opens what is said or meant ("doesn't mean that", "isn't true that"), not a
    /// clause about the thing before it ("models that don't share a tokenizer").
    /// </summary>
    private static bool ThatComplements(string word) => word is "mean" or "means" or "matter" or "matters" or "imply" or "implies"
        or "follow" or "follows" or "true" or "say" or "says" or "think" or "guarantee" or "guarantees" or "prove" or "proves"
        or "show" or "shows" or "suggest" or "suggests" or "ensure" or "ensures" or "sure" or "clear" or "obvious" or "certain"
        or "case" or "so" or "believe" or "expect" or "assume" or "know";

    /// <summary>
    /// True for a negator that denies the verb after it ("doesn't attend", "can't see", "does not use", "never looks"), not
    /// a thing ("no labels") or what a thing is ("isn't a regulariser").
    /// </summary>
    private static bool DeniesVerb(List<RawWord> words, int at, string negator) =>
        negator is "doesnt" or "dont" or "didnt" or "cant" or "cannot" or "wont" or "wouldnt" or "shouldnt" or "couldnt" or "never"
        || (negator == "not" && at > 0 && words[at].Break == WordBreak.None
            && words[at - 1].Text is "does" or "do" or "did" or "can" or "will" or "would" or "should" or "could" or "may" or "might");

    /// <summary>True for a word written with "'s" ("VGG's"), which names whose thing the next word is.</summary>
    private static bool IsPossessive(string text, RawWord word)
    {
        var end = word.Start + word.Length;
        return word.Length > 2 && end <= text.Length && text[end - 1] is 's' or 'S' && text[end - 2] is '\'' or '’' or 'ʼ';
    }

    /// <summary>
    /// True when <paramref name="word"/> (the word at <paramref name="at"/>) is "for" or "to" after "too" and one more word in
    /// its clause ("too big for memory", "too slow to use").
    /// </summary>
    private static bool TooFollowedBy(List<RawWord> words, int at, string word) =>
        word is "for" or "to" && at >= 2 && words[at].Break == WordBreak.None && words[at - 1].Break == WordBreak.None
        && words[at - 2].Text == "too";

    /// <summary>
    /// True when the words after a negator say "only" instead of denying: "depends on nothing but its arguments",
    /// "doesn't depend on anything but the arguments", "uses nothing other than the keys".
    /// </summary>
    private static bool OnlyFollows(List<RawWord> words, int i)
    {
        const int Reach = 4;
        for (var k = i; k < words.Count - 1 && k < i + Reach && words[k].Break == WordBreak.None; k++)
        {
            if (words[k + 1].Break == WordBreak.None && words[k].Text is "anything" or "nothing" or "any" && words[k + 1].Text is "but" or "except" or "besides" or "other")
            {
                return true;
            }
        }

        return i > 0 && words[i - 1].Text == "nothing" && words[i].Text is "but" or "except" or "besides";
    }

    /// <summary>
    /// True for "keep" before a verb in -ing ("keeps moving the centres", "keeps rising"): it says the thing goes on, and
    /// stores nothing.
    /// </summary>
    private static bool KeepsGoing(string word, List<RawWord> words, int i) =>
        word is "keep" or "keeps" or "kept" or "keeping" && i < words.Count && words[i].Break == WordBreak.None
        && words[i].Text.Length > 5 && words[i].Text.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>
    /// True when the negator's words warn against an excess instead of denying: "don't make k too small", "not too large"
    /// still say what a small or a large k does.
    /// </summary>
    private static bool TooFollows(List<RawWord> words, int i)
    {
        const int Reach = 4;
        for (var k = i; k < words.Count && k < i + Reach && words[k].Break == WordBreak.None; k++)
        {
            if (words[k].Text == "too")
            {
                return true;
            }

            if (FunctionWords.EndsNegation(words[k].Text))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the first content word after a negator is a whole ("don't get the whole saving", "not the full
    /// speed-up"): the negation denies that it is whole, not the thing itself.
    /// </summary>
    private static bool WholeFollows(List<RawWord> words, int i)
    {
        for (var k = i; k < words.Count && (k == i || words[k].Break == WordBreak.None); k++)
        {
            if (words[k].Text is "whole" or "full" or "entire" or "complete")
            {
                return true;
            }

            if (!FunctionWords.IsStopWord(words[k].Text) || FunctionWords.EndsNegation(words[k].Text))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the negator at <paramref name="at"/> opens a relative clause without "that": a pronoun after a noun
    /// ("the columns it doesn't select"), not after a word that opens a clause of its own ("if it doesn't fit").
    /// </summary>
    private static bool BareRelative(List<RawWord> words, int at) =>
        at > 1 && words[at].Break == WordBreak.None && words[at - 1].Break == WordBreak.None
        && words[at - 1].Text is "it" or "they" or "you" or "we" or "he" or "she" && !FunctionWords.IsStopWord(words[at - 2].Text);

    /// <summary>
    /// True when the negator denies a limit ("isn't tied to TensorFlow", "not limited to images"): the thing named after
    /// the limit is still one of those the claim holds for.
    /// </summary>
    private static bool LimitFollows(List<RawWord> words, int i)
    {
        var k = i;
        while (k < words.Count && words[k].Break == WordBreak.None && words[k].Text is "be" or "been" or "really" or "just" or "strictly")
        {
            k++;
        }

        return k + 1 < words.Count && words[k].Break == WordBreak.None && words[k + 1].Break == WordBreak.None
            && words[k].Text is "tied" or "limited" or "restricted" or "locked" or "bound" or "confined" && words[k + 1].Text == "to";
    }

    /// <summary>
    /// True when the first content word after a negator says two things match ("doesn't match the full FLOP cut", "won't
    /// equal the training loss"): the negation denies that they match, not the thing compared, which the sentence still
    /// speaks of.
    /// </summary>
    private static bool MatchFollows(List<RawWord> words, int i)
    {
        for (var k = i; k < words.Count && (k == i || words[k].Break == WordBreak.None); k++)
        {
            if (words[k].Text is "match" or "matches" or "equal" or "equals" or "mirror" or "mirrors" or "reach" or "reaches")
            {
                return true;
            }

            if (!FunctionWords.IsStopWord(words[k].Text) || FunctionWords.EndsNegation(words[k].Text))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"nonconvex" → ("convex", negated); "unsorted" → ("sorted", negated) when the vocabulary knows "sort" as well as "unsort".</summary>
    private static (string Word, bool Negated) Unprefix(string word, IdfTable? vocabulary)
    {
        foreach (var prefix in NegatingPrefixes)
        {
            if (word.Length < prefix.Length + MinRemainder || !word.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = word[prefix.Length..];
            if (prefix == "non")
            {
                return rest.StartsWith('e') ? (word, false) : (rest, true);
            }

            if (vocabulary is not null && rest.Length > MinRemainder)
            {
                var restFrequency = vocabulary.Frequency(PorterStemmer.Stem(rest));
                if (restFrequency >= 2 && restFrequency >= vocabulary.Frequency(PorterStemmer.Stem(word)))
                {
                    return (rest, true);
                }
            }
        }

        return (word, false);
    }

    private static (string Word, string? Key, int Length) Join(List<RawWord> words, int i, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> phrases)
    {
        // A phrase never runs on across the end of a sentence.
        var phrase = PhraseMatcher.Longest(
            words,
            i,
            Math.Min(GradingLexicon.LongestPhraseFrom.GetValueOrDefault(words[i].Text), words.Count - i),
            static (list, index, first) => first || list[index].Break != WordBreak.Sentence ? list[index].Text : null,
            phrases);
        return phrase is { } found ? (found.Canonical, found.Canonical, found.Length) : (words[i].Text, null, 1);
    }

    /// <summary>
    /// True when "zero" is what a thing is said to be above: "above zero", "greater than zero" say what "non-zero" says
    /// of a chance or a count.
    /// </summary>
    private static bool AboveZero(List<RawWord> words, int index) =>
        index > 0 && words[index].Break == WordBreak.None
        && (words[index - 1].Text is "above" or "over"
            || (index > 1 && words[index - 1].Text == "than" && words[index - 1].Break == WordBreak.None && words[index - 2].Text is "greater" or "more" or "larger" or "bigger" or "higher"));

    /// <summary>
    /// True when a function word is written in capitals as a keyword ("WHERE", "HAVING", "IN", "BETWEEN … AND"): in SQL
    /// and in code it names the thing an answer speaks of, not grammar.
    /// </summary>
    /// <summary>
    /// True at "no single … is enough" ("no single defence is enough", "no one metric suffices"): the sentence asks for
    /// several of the thing, it does not deny it.
    /// </summary>
    private static bool NoSingleSuffices(List<RawWord> words, int at)
    {
        const int Reach = 6;
        if (words[at].Text != "no" || at + 1 >= words.Count || words[at + 1].Text is not ("single" or "one"))
        {
            return false;
        }

        for (var k = at + 2; k < words.Count && k < at + Reach && words[k].Break == WordBreak.None; k++)
        {
            if (words[k].Text is "enough" or "sufficient" or "suffices" or "suffice" or "alone")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True for an upper-case NOT before an upper-case keyword ("NOT EXISTS or LEFT JOIN with IS NULL", "NOT IN"): an SQL
    /// operator that negates its keyword alone.
    /// </summary>
    private static bool SqlOperator(string text, RawWord negator, List<RawWord> words, int next) =>
        negator.Length == 3 && next < words.Count && words[next].Break == WordBreak.None && IsKeyword(text, negator) && IsKeyword(text, words[next]);

    private static bool IsKeyword(string text, RawWord word)
    {
        if (word.Length < 2 || word.Start + word.Length > text.Length)
        {
            return false;
        }

        var surface = text.AsSpan(word.Start, word.Length);
        foreach (var c in surface)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    // "Think of it as training many small networks", "by training on more data": a word in -ing right after one of these
    // is an action, not the thing a clause speaks of, even where the question names it ("training and test time").
    private static bool IsGerundAfterPreposition(List<RawWord> words, int index, string word) =>
        word.EndsWith("ing", StringComparison.Ordinal) && index > 0 && words[index].Break == WordBreak.None
        && words[index - 1].Text is "as" or "by" or "of" or "for" or "from";
}
