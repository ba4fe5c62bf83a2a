using System.Text.RegularExpressions;

namespace Viva.Core.Import;

/// <summary>
/// Reads headings of concept notes: whether one names a concept ("Random forest", "Bias-variance trade-off"), whether
/// it is a generic part of a page rather than a concept ("Introduction", "Installation", "Pros"), and the question
/// a concept heading asks.
/// </summary>
internal static partial class ConceptTitles
{
    /// <summary>Longest heading taken for a concept name; longer ones are sentences or chapter titles.</summary>
    private const int MaxLength = 80;

    private const int MaxWords = 10;

    /// <summary>Terms of at most this many words are asked "What is …?"; longer phrases "Explain ….".</summary>
    private const int MaxTermWords = 3;

    /// <summary>True when <paramref name="title"/> (numbering already stripped) reads as the name of a concept.</summary>
    public static bool IsConceptName(string title)
    {
        var trimmed = title.Trim();
        if (trimmed.Length is 0 or > MaxLength || !trimmed.Any(char.IsLetter) || (QuestionText.IsQuestionLike(trimmed) && !OpensWithCompound(trimmed)))
        {
            return false;
        }

        // A heading ending in a colon labels what follows ("Loss calculation:"); one ending in a full stop or an
        // exclamation mark is a sentence.
        if (trimmed[^1] is ':' or '.' or '!' or ';' || Words(trimmed).Length > MaxWords)
        {
            return false;
        }

        return !IsGeneric(trimmed) && !Ordinal().IsMatch(trimmed);
    }

    /// <summary>True for the parts every kind of page has (introduction, installation, summary) and the parts of one concept (pros, example).</summary>
    public static bool IsGeneric(string title) =>
        SectionTitles.IsNonQuestionSection(title) || (title.Length <= MaxLength && SectionTitles.LetterSpan(title) <= LongestGenericName && Generic().IsMatch(title.Trim()));

    /// <summary>The question a concept heading asks: "What is X?" for a term, "Explain X." for a longer phrase, a plural or a process.</summary>
    public static string AsQuestion(string title)
    {
        var name = SectionTitles.AsTopic(title);
        var words = Words(name);
        var subject = SentenceCase(name, words);
        var isTerm = words.Length <= MaxTermWords && !LooksPlural(words[^1]) && !(words.Length > 1 && IsGerund(words[0]));
        return isTerm ? $"What is {subject}?" : $"Explain {subject}.";
    }

    /// <summary>"Write-ahead logging" opens with a compound, not with the verb "write".</summary>
    private static bool OpensWithCompound(string title)
    {
        var end = 0;
        while (end < title.Length && char.IsLetter(title[end]))
        {
            end++;
        }

        return end > 0 && end + 1 < title.Length && title[end] == '-' && char.IsLetter(title[end + 1]) && !title.Contains('?', StringComparison.Ordinal);
    }

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// "Random forest" is sentence case, so its first letter is lowered inside the question; "Random Forest", "Kubernetes"
    /// and "PCA" may be names and stay as written.
    /// </summary>
    private static string SentenceCase(string name, string[] words)
    {
        if (words.Length < 2 || !IsCapitalisedWord(words[0]) || !words.Skip(1).Any(w => char.IsLower(w[0])))
        {
            return name;
        }

        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static bool IsCapitalisedWord(string word) =>
        char.IsUpper(word[0]) && word.Skip(1).All(c => !char.IsLetter(c) || char.IsLower(c)) && word.Skip(1).Any(char.IsLetter);

    /// <summary>"functions" and "embeddings" read as plurals; "loss", "bias", "Bayes" (capitalised) and "corpus" do not.</summary>
    private static bool LooksPlural(string word)
    {
        var letters = word.TrimEnd(')', ']', ',').ToLowerInvariant();
        return char.IsLower(word[0]) && letters.Length > 3 && letters.EndsWith('s')
            && !letters.EndsWith("ss", StringComparison.Ordinal) && !letters.EndsWith("us", StringComparison.Ordinal)
            && !letters.EndsWith("is", StringComparison.Ordinal) && !letters.EndsWith("ics", StringComparison.Ordinal);
    }

    private static bool IsGerund(string word) => word.Length > 4 && word.EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    // The names of generic parts, as regular-expression alternatives.
    private const string GenericNames = "introduction|intro|overview|summary|conclusions?|background|motivation|preface|foreword|abstract|preamble|prerequisites?|requirements|installation|install|installing|setup|set ?up|getting started|quick ?start|usage|how to use|features|roadmap|to-?do|todos?|faq|notes?|my notes|examples?|appendix|index|release notes|news|updates|status|demo|screenshots?|documentation|docs|help|getting help|community|code of conduct|security|tests?|testing|development|build|building|options|project structure|folder structure|directory structure|tech stack|dependencies|troubleshooting|known issues|final thoughts|closing thoughts|key takeaways|takeaways|tl;?dr|next steps|what's next|exercises?|practice|quiz|homework|solutions?|answers?|questions?|interview questions|definitions?|pros|cons|pros and cons|pros & cons|advantages|disadvantages|limitations|intuition|implementation|code|code example|python code|formula|math|mathematics|use cases?|applications|when to use( it)?|how it works|key points|key ideas|properties|variants|complexity|results|author|date|version|title|description|details|misc|miscellaneous|other|others|general|basics|recap|review|outline|agenda|syllabus|schedule|goals|objectives|learning objectives|table|figure";

    /// <summary>
    /// The longest text a generic name can match: no alternative matches more characters than its pattern has, so a
    /// heading whose letters span more than this (most of them) is no generic part, and the pattern need not run.
    /// </summary>
    private static readonly int LongestGenericName = GenericNames.Split('|').Max(name => name.Length);

    [GeneratedRegex(@"^[^\p{L}]*(" + GenericNames + @")[^\p{L}]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Generic();

    /// <summary>"Chapter 3", "Week 2: Trees", "Day 14", "Part II": parts of a course or a book, not concepts.</summary>
    [GeneratedRegex(@"^(chapter|week|day|part|lecture|lesson|module|unit|section|session|step|phase|stage|level|round|exercise|problem|task|lab|assignment|appendix)\s*([0-9]+|[ivxlc]+\b|[a-z]\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Ordinal();
}
