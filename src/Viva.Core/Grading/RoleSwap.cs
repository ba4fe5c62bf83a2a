using System.Text.RegularExpressions;

namespace Viva.Core.Grading;

/// <summary>
/// Reads, clause by clause, which of the question's compared things (its roles: "bagging" and "boosting", "WHERE" and
/// "HAVING", "bias" and "variance") each claim is made of, and finds a key point whose claim the answer makes of another
/// role instead: "Bagging mostly attacks bias, and it is boosting that brings the variance down" says "reduces
/// variance" of boosting, not of bagging. The words match as well as in a right answer, so only the roles tell.
/// </summary>
/// <remarks>
/// A clause is governed by its first role that is not set against another ("unlike boosting", "than VGG-16", "not
/// bagging"); a clause that names no role inherits the governor of the clause before it in the sentence ("bagging
/// trains trees in parallel and averages them"). A key-point word counts for its own role when some clause the answer
/// says it in is governed by, or names, that role, and for a rival when every clause that says it is governed by
/// another role. An answer that says both ("both bagging and boosting use trees") keeps the point.
/// </remarks>
internal static partial class RoleSwap
{
    /// <summary>The share of a key point's claim (its weighted non-role words) said only of a rival that makes a swap.</summary>
    public const double RivalShare = 0.35;

    // Of the claim words the answer says, this share said of a rival makes a swap when they are at least MinRivalShare of the claim.
    private const double MostlyRival = 0.67;

    private const double MinRivalShare = 0.15;

    // Between things the question does not name, the share of another point's claim that must be said of this point's thing.
    private const double MostlyOther = 0.5;

    // Below this share said of the point's own role the point is not stated rightly anywhere.
    private const double OwnShare = 0.35;

    // The weight left to a word that another key point says too.
    private const float SharedWeight = 0.25f;

    // Matched at least this well (the word, its stem, a synonym), a word's role is compared.
    private const float Strong = 0.8f;

    // A clause with fewer content words than this ("both bagging", "unlike boosting") joins the next one.
    private const int MinClauseWords = 2;

    // A word more than this share of bank questions use is too common to be a role of its own.
    private const double MaxRoleShare = 0.18;

    // ... and than this share, even when the key points keep coming back to it ("data", "model").
    private const double MaxRecurringRoleShare = 0.25;

    private static readonly string[] ClauseWords = ["and", "but", "while", "whilst", "whereas", "so", "because", "since", "which", "though", "although", "whereby"];

    // Verbs a key point opens with to tell what to do, not what a thing is.
    private static readonly string[] Instructions = ["favour", "favor", "prefer", "use", "choose", "pick", "avoid", "keep", "apply", "report", "treat", "add", "check", "put", "run", "set", "start", "try", "make"];

    // Words that open a clause about the circumstances of the sentence's claim.
    private static readonly string[] Subordinators = ["when", "whenever", "if", "once", "as", "with", "for", "given", "in", "on", "during", "after", "before", "because", "since", "although", "though"];

    // Words that set a role against the one the clause is about.
    private static readonly string[] FoilWords = ["than", "unlike", "vs", "versus", "opposed", "instead", "rather", "not", "compared", "contrast", "like"];

    /// <summary>
    /// The roles of a target: its subjects, and the words that open a key point's clause ("A generator maps noise to
    /// samples", "A discriminator classifies samples") unless they are common words or open every key point.
    /// </summary>
    public static HashSet<string> Roles(IReadOnlyList<TargetUnit> units, HashSet<string> subjects, HashSet<string> questionKeys, IdfTable idf)
    {
        var roles = new HashSet<string>(subjects, StringComparer.Ordinal);
        var unitKeys = units.Select(u => u.Tokens.Select(t => t.Key).ToHashSet(StringComparer.Ordinal)).ToList();
        foreach (var unit in units)
        {
            // A clause opened by a direction ("High bias gives…", "Small k gives…") is about the word it qualifies; one
            // opened by a kind ("MSE suits…") is about that kind.
            // A sentence opened by a pronoun ("It ignores false negatives") speaks of the question's thing, not of its first word.
            foreach (var opener in unit.Tokens.GroupBy(t => t.Sentence).Where(g => !OpensWithPronoun(unit, g.First()))
                .Select(g => g.Skip(SynonymLexicon.Opposites(g.First().Key).Count > 0 && !SynonymLexicon.NamesKind(g.First().Key) && g.Count() > 1 ? 1 : 0).First().Key))
            {
                // A common word is a role too where the key points keep coming back to it ("the generator" of a GAN).
                var frequency = idf.Frequency(opener);
                var rare = frequency <= MaxRoleShare * idf.Documents || (frequency <= MaxRecurringRoleShare * idf.Documents && unitKeys.Count(k => k.Contains(opener)) >= 3);
                if (rare && (units.Count < 2 || !unitKeys.All(k => k.Contains(opener))))
                {
                    roles.Add(opener);
                }
            }
        }

        // A key point that opens with an instruction ("Favour recall when…", "Prefer iteration when…") is about the thing
        // it names next, not about the verb, even where the question says the verb too.
        foreach (var unit in units)
        {
            foreach (var sentence in unit.Tokens.GroupBy(t => t.Sentence))
            {
                if (Array.IndexOf(Instructions, sentence.First().Word.ToLowerInvariant()) >= 0 && sentence.Skip(1).Any(t => roles.Contains(t.Key)))
                {
                    roles.Remove(sentence.First().Key);
                }
            }
        }

        return roles;
    }

    /// <summary>True when the words before <paramref name="first"/>, the first content word of its sentence, end with a pronoun ("It ignores…").</summary>
    private static bool OpensWithPronoun(TargetUnit unit, GradingToken first)
    {
        var before = unit.Tokens.LastOrDefault(t => t.End <= first.Start);
        var start = before.Length > 0 ? before.End : 0;
        return start <= first.Start && first.Start <= unit.Plain.Length && Pronoun().IsMatch(unit.Plain[start..first.Start]);
    }

    [GeneratedRegex(@"\b(?:it|they|this|these|its|their)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    /// <summary>The roles that govern a clause of some unit: the things the key points make claims about.</summary>
    public static HashSet<string> Governors(IReadOnlyList<TargetUnit> units, HashSet<string> roles)
    {
        var governors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            foreach (var clause in Read(unit.Tokens, unit.Plain, roles))
            {
                if (clause.Governor >= 0)
                {
                    governors.Add(unit.Tokens[clause.Governor].Key);
                }
            }
        }

        return governors;
    }

    /// <summary>
    /// Whether the answer says the unit's claim of another role: the rival's share of the unit's weighted claim
    /// words and the two roles (the unit's as the unit spells it, the rival's as the answer does), or null.
    /// </summary>
    /// <param name="unit">The key point.</param>
    /// <param name="answer">The answer.</param>
    /// <param name="subjects">The target's roles, the governors (only those are read as taking another's claim), the
    /// governors that name a particular thing, and the question's words.</param>
    public static (double Share, string Own, string Rival)? Detect(TargetUnit unit, AnswerIndex answer, SubjectMap subjects)
    {
        var (roles, rivals, questionKeys) = (subjects.Roles, subjects.Governors, subjects.QuestionKeys);
        if (roles.Count < 2 || unit.Words.Count == 0 || answer.Tokens.Count == 0)
        {
            return null;
        }

        var unitClauses = Read(unit.Tokens, unit.Plain, roles);
        var unitNames = unitClauses.SelectMany(c => c.Names).ToHashSet(StringComparer.Ordinal);
        var unitFoils = unitClauses.SelectMany(c => c.Foils).ToHashSet(StringComparer.Ordinal);
        var answerClauses = Read(answer.Tokens, answer.Text, roles);
        double total = 0, own = 0;
        var rival = new Dictionary<string, double>(StringComparer.Ordinal);
        var rivalAt = new Dictionary<string, int>(StringComparer.Ordinal);
        string? ownRole = null;
        int ownAt = -1;
        var distinct = false;
        foreach (var word in unit.Words)
        {
            var i = IndexOf(unit.Tokens, word.Token);
            var clause = unitClauses[i];
            if (roles.Contains(word.Token.Key) || clause.Governor < 0)
            {
                continue;
            }

            var governor = unit.Tokens[clause.Governor].Key;
            ownRole ??= governor;
            ownAt = ownAt < 0 ? clause.Governor : ownAt;
            if (governor != ownRole)
            {
                // A point about two roles ("lowers bias and raises variance") is read for its first role's words only.
                continue;
            }

            // A word another key point says too ("mainly reduces" in "bagging mainly reduces variance" and "boosting mainly
            // reduces bias") is the frame of the claim; the words only this point says tell whose claim it is.
            var weight = unit.SharedKeys.Contains(word.Token.Key) ? SharedWeight * word.Weight : word.Weight;
            total += weight;
            var said = false;
            string? saidOf = null;
            var saidAt = -1;
            foreach (var match in answer.Matches(word.Token))
            {
                var token = answer.Tokens[match.Position];
                var there = answerClauses[match.Position];
                var agrees = !match.Opposite && match.Similarity >= Strong && token.Negated == (word.Polarity == Polarity.Negated || (word.Polarity == Polarity.Either && token.Negated));
                if (!agrees)
                {
                    continue;
                }

                if (there.Names.Contains(ownRole) || there.Governor < 0)
                {
                    said = true;
                    continue;
                }

                var other = answer.Tokens[there.Governor].Key;
                if (other == ownRole)
                {
                    said = true;
                }
                else if (saidOf is null && (rivals.Contains(other) || unitFoils.Contains(other)) && (!unitNames.Contains(other) || ClaimsApart(unit, unitClauses, other, word)))
                {
                    (saidOf, saidAt) = (other, there.Governor);
                }
            }

            // A word said of both roles tells neither way.
            if (said && saidOf is null)
            {
                own += weight;
            }
            else if (saidOf is not null && !said)
            {
                rival[saidOf] = rival.GetValueOrDefault(saidOf) + weight;
                rivalAt.TryAdd(saidOf, saidAt);
                distinct |= !unit.SharedKeys.Contains(word.Token.Key);
            }
        }

        if (total <= 0 || ownRole is null || own / total >= OwnShare)
        {
            return null;
        }

        var ownText = unit.Tokens[ownAt].SurfaceIn(unit.Plain);
        if (rival.Count > 0)
        {
            var (name, rivalWeight) = rival.MaxBy(p => p.Value);
            var share = rivalWeight / total;

            // The answer must name the point's own role somewhere, or the question must name both: a claim said of
            // something else entirely is another point, not a swap. And a word only this point says must go to the rival:
            // the frame the points share ("mainly reduces") tells nothing alone.
            // Or both must name particular things key points make claims about, the rival not the question's own topic:
            // "NULLIF fills missing values with a default" gives COALESCE's point to the function a point of its own is about.
            var named = answer.Tokens.Any(t => t.Key == ownRole) || (questionKeys.Contains(ownRole) && questionKeys.Contains(name)) || (subjects.NamedGovernors.Contains(name) && subjects.NamedGovernors.Contains(ownRole) && !questionKeys.Contains(name));
            // Where the answer says little of the claim, what it does say tells: most of it said of the rival is a swap
            // ("a cross-encoder encodes the query and the document on their own; a bi-encoder feeds them in together").
            // The answer must name the point's own role itself: "a small batch" may be its own way to say "mini-batch".
            var mostly = share >= MinRivalShare && rivalWeight >= MostlyRival * (own + rivalWeight) && answer.Tokens.Any(t => t.Key == ownRole);
            if ((share >= RivalShare || mostly) && named && distinct)
            {
                return (share, ownText, answer.Tokens[rivalAt[name]].SurfaceIn(answer.Text));
            }
        }

        // Another point's claim counts only between the two things the question compares.
        // Between things only the key points name, the claim must be mostly the other point's, said of the point's own thing
        // as the subject an answer's sentence opens with ("Regression trees use Gini or entropy").
        if (questionKeys.Contains(ownRole))
        {
            return Counterclaimed(unit, ownRole, answer, answerClauses, c => questionKeys.Contains(c.Role), RivalShare) is { } taken ? (taken.Share, ownText, taken.Role) : null;
        }

        return OpensSentence(answer, ownRole) && Counterclaimed(unit, ownRole, answer, answerClauses, c => !questionKeys.Contains(c.Role), MostlyOther) is { } unnamed
            ? (unnamed.Share, ownText, unnamed.Role) : null;
    }

    /// <summary>
    /// True when a point about two roles makes a claim of <paramref name="other"/> in a part of its own and does not say
    /// <paramref name="word"/> there: "High bias shows as underfitting; high variance as a large gap" gives
    /// "underfitting" to bias alone, so an answer that says it of variance swaps them. The part must be set off by a
    /// semicolon, a colon or a contrast ("whereas"), not by "and" ("weak precision and recall" says "weak" of both), and
    /// say no pronoun that may stand for the word ("MAE weights them linearly").
    /// </summary>
    private static bool ClaimsApart(TargetUnit unit, Clause[] clauses, string other, UnitWord word)
    {
        var tokens = unit.Tokens;
        var first = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (clauses[i].Governor >= 0 && tokens[clauses[i].Governor].Key == other)
            {
                if (tokens[i].Key == word.Token.Key)
                {
                    return false;
                }

                first = first < 0 ? i : first;
            }
        }

        if (first <= 0)
        {
            return false;
        }

        var last = first;
        while (last + 1 < tokens.Count && clauses[last + 1].Governor == clauses[first].Governor)
        {
            last++;
        }

        var gap = unit.Plain[tokens[first - 1].End..tokens[first].Start];
        var part = Words(unit.Plain[tokens[first].Start..tokens[last].End]);
        return (gap.IndexOfAny([';', ':', '.']) >= 0 || Words(gap).Any(w => w is "whereas" or "while" or "but"))
            && !part.Any(w => w is "it" or "its" or "them" or "they" or "their");
    }

    /// <summary>
    /// The point's distinctive words of another role's key point, weighted per key point and keyed by that role: an
    /// answer that says them of this point's role ("BFS is implemented with a stack" for "BFS uses a queue", where
    /// another point says "DFS uses a stack") gives this role the other's claim.
    /// </summary>
    public static List<Counterclaim> Counterclaims(TargetUnit unit, IReadOnlyList<TargetUnit> units, HashSet<string> roles)
    {
        var claims = new List<Counterclaim>();
        var own = Governor(unit, roles);
        if (own is null)
        {
            return claims;
        }

        var keys = unit.Tokens.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var other in units)
        {
            if (Governor(other, roles) is not { } role || role.Key == own.Value.Key)
            {
                continue;
            }

            var words = other.Words.Where(w => !roles.Contains(w.Token.Key) && !keys.Contains(w.Token.Key)).ToList();
            if (words.Count > 0)
            {
                claims.Add(new Counterclaim(role.Key, role.SurfaceIn(other.Plain), words));
            }
        }

        return claims;
    }

    // The share of another role's claim the answer says of this point's role (and not of that role), and that role.
    private static (double Share, string Role)? Counterclaimed(TargetUnit unit, string ownRole, AnswerIndex answer, Clause[] answerClauses, Func<Counterclaim, bool> compared, double minShare)
    {
        (double Share, string Role)? best = null;
        foreach (var claim in unit.Counterclaims.Where(compared))
        {
            double all = 0, given = 0;
            foreach (var word in claim.Words)
            {
                all += word.Weight;
                bool toOwn = false, toRival = false;
                foreach (var match in answer.Matches(word.Token))
                {
                    var token = answer.Tokens[match.Position];
                    var there = answerClauses[match.Position];
                    // Only the other point's own words tell its claim: a synonym may be another sense ("a good fit" is no training).
                    if (match.Opposite || token.Key != word.Token.Key || token.Negated != (word.Polarity == Polarity.Negated) || there.Governor < 0)
                    {
                        continue;
                    }

                    var governor = answer.Tokens[there.Governor].Key;
                    toRival |= governor == claim.Role || there.Names.Contains(claim.Role);
                    toOwn |= governor == ownRole || there.Names.Contains(ownRole);
                }

                given += toOwn && !toRival ? word.Weight : 0;
            }

            if (all > 0 && given / all >= minShare && given / all > (best?.Share ?? 0))
            {
                best = (given / all, claim.RoleText);
            }
        }

        return best;
    }

    /// <summary>True when some sentence of the answer opens with <paramref name="role"/>, or with one word before it ("Regression trees", "Feature extraction").</summary>
    private static bool OpensSentence(AnswerIndex answer, string role)
    {
        var tokens = answer.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            // The first or second word of its sentence.
            if (tokens[i].Key == role && (i < 2 || tokens[i - 2].Sentence != tokens[i].Sentence))
            {
                return true;
            }
        }

        return false;
    }

    // The role that governs the unit's first claim word, or null.
    private static GradingToken? Governor(TargetUnit unit, HashSet<string> roles)
    {
        var clauses = Read(unit.Tokens, unit.Plain, roles);
        for (var i = 0; i < unit.Tokens.Count; i++)
        {
            if (!roles.Contains(unit.Tokens[i].Key) && clauses[i].Governor >= 0)
            {
                return unit.Tokens[clauses[i].Governor];
            }
        }

        return null;
    }

    /// <summary>Another key point's claim: the role it is said of, as written there, and its words this point does not say.</summary>
    public sealed record Counterclaim(string Role, string RoleText, IReadOnlyList<UnitWord> Words);

    /// <summary>For each token, its clause: the index of the token that governs it (-1 for none) and the roles the clause names.</summary>
    private static Clause[] Read(IReadOnlyList<GradingToken> tokens, string text, HashSet<string> roles)
    {
        // Cut the tokens into clauses, joining a clause too short to say anything to the next one in its sentence.
        var spans = new List<(int From, int To)>();
        var from = 0;
        for (var i = 1; i <= tokens.Count; i++)
        {
            if (i == tokens.Count || tokens[i].Sentence != tokens[i - 1].Sentence || Cuts(text, tokens[i - 1].End, tokens[i].Start))
            {
                var sentenceEnds = i == tokens.Count || tokens[i].Sentence != tokens[i - 1].Sentence;
                if (i - from >= MinClauseWords || sentenceEnds)
                {
                    spans.Add((from, i));
                    from = i;
                }
            }
        }

        var clauses = new Clause[tokens.Count];
        var governor = -1;
        for (var s = 0; s < spans.Count; s++)
        {
            var (start, end) = spans[s];
            if (s > 0 && tokens[start].Sentence != tokens[spans[s - 1].From].Sentence)
            {
                governor = -1;
            }

            var names = new HashSet<string>(StringComparer.Ordinal);
            var foils = new HashSet<string>(StringComparer.Ordinal);
            var first = -1;
            for (var i = start; i < end; i++)
            {
                // A counted word ("a few thousand steps") names no role, nor does an action ("think of it as training many
                // small networks").
                if (!roles.Contains(tokens[i].Key) || AfterPronoun(tokens, text, i) || SubjectMap.Counted(tokens, i) || tokens[i].Action)
                {
                    continue;
                }

                // In a compound of roles ("ResNet-50", "Type II error") the first names which one, and the rest go with it.
                var compound = i > start && roles.Contains(tokens[i - 1].Key) && tokens[i - 1].End + 2 >= tokens[i].Start
                    && !text[tokens[i - 1].End..Math.Max(tokens[i - 1].End, Math.Min(tokens[i].Start, text.Length))].Any(char.IsPunctuation);
                if (compound ? first < 0 || !names.Contains(tokens[i - 1].Key) : Foil(tokens, text, i, start))
                {
                    foils.Add(tokens[i].Key);
                    continue;
                }

                names.Add(tokens[i].Key);
                // A direction that qualifies the role after it ("high variance", "small k") leaves the clause about that role.
                first = first < 0 || (compound && first == i - 1 && SynonymLexicon.Opposites(tokens[first].Key).Count > 0) ? i : first;
            }

            governor = first >= 0 ? first : Referred(tokens, text, roles, start, end) ?? governor;
            for (var i = start; i < end; i++)
            {
                clauses[i] = new Clause(governor, names, foils);
            }
        }

        Front(tokens, text, spans, clauses);
        return clauses;
    }

    /// <summary>
    /// Gives the clauses that open a sentence before any role is named the role of the first clause that names one, when
    /// they are its circumstance or its object: "When false alarms are what hurts, as with blocking an account, recall is
    /// the metric to push" and "Exact codes and part numbers are handled poorly by BM25" say their opening words of recall
    /// and of BM25. Not past a role set against another ("unlike boosting, which goes after bias, bagging…"), whose clause
    /// speaks of the foil, nor for an opening clause with a subject of its own ("Nearest neighbours is lazy: …, while
    /// k-means…").
    /// </summary>
    private static void Front(IReadOnlyList<GradingToken> tokens, string text, List<(int From, int To)> spans, Clause[] clauses)
    {
        var s = 0;
        while (s < spans.Count)
        {
            var sentence = tokens[spans[s].From].Sentence;
            var opening = s;
            while (s < spans.Count && tokens[spans[s].From].Sentence == sentence && clauses[spans[s].From] is { Governor: < 0, Foils.Count: 0 })
            {
                s++;
            }

            if (s > opening && s < spans.Count && tokens[spans[s].From].Sentence == sentence && clauses[spans[s].From] is { Governor: >= 0, Foils.Count: 0 } main
                && (Subordinate(tokens, text, spans[opening].From) || Agent(tokens, text, main.Governor)))
            {
                for (var i = spans[opening].From; i < spans[s - 1].To; i++)
                {
                    clauses[i] = clauses[i] with { Governor = main.Governor };
                }
            }

            while (s < spans.Count && tokens[spans[s].From].Sentence == sentence)
            {
                s++;
            }
        }
    }

    // True when the sentence opens with a word that makes its first clause a circumstance ("when", "if", "with", "for").
    private static bool Subordinate(IReadOnlyList<GradingToken> tokens, string text, int first)
    {
        var from = first > 0 ? tokens[first - 1].End : 0;
        var gap = from < tokens[first].Start ? text[from..tokens[first].Start] : string.Empty;
        gap = gap[(gap.LastIndexOfAny(['.', '!', '?']) + 1)..];
        var opener = Words(gap).FirstOrDefault() ?? tokens[first].Word.ToLowerInvariant();
        return Array.IndexOf(Subordinators, opener) >= 0;
    }

    // True when the role is named as the doer of a passive verb: "handled poorly by BM25", "better served by a matrix".
    private static bool Agent(IReadOnlyList<GradingToken> tokens, string text, int role)
    {
        var from = role > 0 ? tokens[role - 1].End : Math.Max(0, tokens[role].Start - 24);
        return from < tokens[role].Start && Words(text[from..tokens[role].Start]).Any(w => w == "by");
    }

    /// <summary>
    /// The role "the former" or "the latter" in a clause refers to: the first or the second of the last two roles
    /// named before the clause ("convolution and attention differ: the former…, the latter…"), or null.
    /// </summary>
    private static int? Referred(IReadOnlyList<GradingToken> tokens, string text, HashSet<string> roles, int start, int end)
    {
        var clause = Words(text[(start > 0 ? tokens[start - 1].End : 0)..tokens[end - 1].End]).ToList();
        var former = clause.Contains("former");
        if (!former && !clause.Contains("latter"))
        {
            return null;
        }

        var named = new List<int>();
        for (var i = start - 1; i >= 0 && named.Count < 2; i--)
        {
            if (roles.Contains(tokens[i].Key) && !named.Any(n => tokens[n].Key == tokens[i].Key))
            {
                named.Insert(0, i);
            }
        }

        return named.Count < 2 ? null : named[former ? 0 : 1];
    }

    /// <summary>
    /// True when a role's word stands right after "it" or "they", as the verb said of them: "it sorts in place" names no
    /// sort, it says what the thing before does.
    /// </summary>
    private static bool AfterPronoun(IReadOnlyList<GradingToken> tokens, string text, int i) => WordBefore(text, tokens[i].Start) is "it" or "they";

    /// <summary>True when a role is set against another: "than X", "unlike X", "not X", "compared with X".</summary>
    private static bool Foil(IReadOnlyList<GradingToken> tokens, string text, int i, int clauseStart)
    {
        if (tokens[i].Negated)
        {
            return true;
        }

        var gapStart = i > clauseStart ? tokens[i - 1].Start : Math.Max(0, tokens[i].Start - 24);
        var gap = text[Math.Min(gapStart, tokens[i].Start)..tokens[i].Start];
        foreach (var word in Words(gap))
        {
            if (Array.IndexOf(FoilWords, word) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the text between two tokens starts a new clause: punctuation, or a word such as "while".</summary>
    private static bool Cuts(string text, int from, int to)
    {
        if (from >= to || to > text.Length)
        {
            return false;
        }

        var gap = text[from..to];
        return gap.IndexOfAny([',', ';', ':', '(', ')', '—', '–']) >= 0 || gap.Contains(" - ", StringComparison.Ordinal)
            || Words(gap).Any(w => Array.IndexOf(ClauseWords, w) >= 0);
    }

    internal static IEnumerable<string> Words(string text) =>
        text.Split([' ', ',', ';', ':', '(', ')', '\'', '’', '"', '-', '.'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant());

    /// <summary>The word (lower case) just before <paramref name="start"/> in <paramref name="text"/>, or "" at its start.</summary>
    internal static string WordBefore(string text, int start)
    {
        var words = Words(text[Math.Max(0, Math.Min(start, text.Length) - 24)..Math.Min(start, text.Length)]).ToList();
        return words.Count > 0 ? words[^1] : "";
    }

    internal static int IndexOf(IReadOnlyList<GradingToken> tokens, GradingToken token)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start == token.Start && tokens[i].Key == token.Key)
            {
                return i;
            }
        }

        return 0;
    }

    private readonly record struct Clause(int Governor, HashSet<string> Names, HashSet<string> Foils);
}
