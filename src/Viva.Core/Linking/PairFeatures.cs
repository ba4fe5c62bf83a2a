using Viva.Core.Semantics;

namespace Viva.Core.Linking;

/// <summary>
/// What the meaning-aware linker knows about two imported questions, as numbers. They mirror what it weighs for a
/// curated link (closeness in meaning of the whole and of a long prompt's opening, shared weighted words, containment,
/// subject words that must agree, a library or a comparison asked on one side only), and add what two imported
/// questions can share besides their words (the curated question nearest each by meaning) and what a short question
/// asks besides the other's: a second topic, or why or when rather than what.
/// Every feature is symmetric, so the order of the two questions never matters. Shared by the linker and the tool
/// that fits its model, so both compute exactly the same features.
/// </summary>
public static class PairFeatures
{
    // At most this many words make a short question.
    private const int ShortWords = 20;

    // Below this share of its weighted words in the other question, a part of a question asks about something else.
    private const float MentionedShare = 0.34f;

    // Words that point back at the subject: a follow-up holding one asks more about the same thing.
    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "it", "its", "they", "them", "their", "this", "these", "those", "each" };

    /// <summary>The features, in model order.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [
            "meaning", "opening_meaning", "words", "less_inside", "more_inside", "framework_mismatch", "asked_framework_one_side",
            "comparison_one_side", "subject_missing", "subject_missing_both", "first_word_missing", "first_word_missing_both",
            "same_nearest_curated", "extra_topic_one_side", "purpose_one_side",
        ];

    /// <summary>The features of linking imported questions <paramref name="a"/> and <paramref name="b"/>.</summary>
    /// <param name="model">The lexical model over every question being linked.</param>
    /// <param name="texts">The text of every question in <paramref name="model"/>, by index.</param>
    /// <param name="a">One question's index in <paramref name="model"/>.</param>
    /// <param name="b">The other's.</param>
    /// <param name="sides">What each side brings by meaning.</param>
    public static double[] Of(SimilarityModel model, IReadOnlyList<string> texts, int a, int b, PairSides sides)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(sides);
        var ab = model.Containment(a, b);
        var ba = model.Containment(b, a);
        var subject = (model.SharesSubject(a, b) ? 0 : 1) + (model.SharesSubject(b, a) ? 0 : 1);
        var first = (model.SharesFirstWord(a, b) ? 0 : 1) + (model.SharesFirstWord(b, a) ? 0 : 1);
        var askedA = PromptOpening.Of(texts[a]) ?? texts[a];
        var askedB = PromptOpening.Of(texts[b]) ?? texts[b];
        var shapeA = QuestionShape.Of(texts[a]);
        var shapeB = QuestionShape.Of(texts[b]);
        return
        [
            Vectors.Cosine(sides.QuestionA, sides.QuestionB),
            Vectors.Cosine(sides.OpeningA, sides.OpeningB),
            model.Score(a, b),
            Math.Min(ab, ba),
            Math.Max(ab, ba),
            LinkFeatures.FrameworksDiffer(model, a, b) ? 1 : 0,
            AskedFrameworkUnnamed(model, askedA, b) || AskedFrameworkUnnamed(model, askedB, a) ? 1 : 0,
            (LinkFeatures.AsksComparison(askedA) && !LinkFeatures.AsksComparison(texts[b])) || (LinkFeatures.AsksComparison(askedB) && !LinkFeatures.AsksComparison(texts[a])) ? 1 : 0,
            subject > 0 ? 1 : 0,
            subject == 2 ? 1 : 0,
            first > 0 ? 1 : 0,
            first == 2 ? 1 : 0,
            sides.NearestCuratedA >= 0 && sides.NearestCuratedA == sides.NearestCuratedB ? 1 : 0,
            AsksExtraTopic(model, shapeA, model.TokenIds(b)) || AsksExtraTopic(model, shapeB, model.TokenIds(a)) ? 1 : 0,
            IsShort(shapeA) && IsShort(shapeB) && AsksPurpose(shapeA) != AsksPurpose(shapeB) ? 1 : 0,
        ];
    }

    /// <summary>The curated question nearest imported question <paramref name="i"/> by meaning, or -1 when none is linked with it.</summary>
    /// <param name="heads">The curated questions' indexes.</param>
    /// <param name="vectors">Every question's embedding.</param>
    /// <param name="i">The imported question's index.</param>
    public static int NearestCurated(IReadOnlyList<int> heads, IReadOnlyList<float[]> vectors, int i)
    {
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(vectors);
        return heads.Count == 0 ? -1 : Nearest.Top(heads, vectors, vectors[i], 1)[0].Index;
    }

    // A library that the opening of one question asks about and the other question never names: the same concept in a
    // library is another card.
    private static bool AskedFrameworkUnnamed(SimilarityModel model, string asked, int other)
    {
        var frameworks = LinkFeatures.FrameworkSet(TextNormalizer.Tokens(asked));
        return frameworks.Count > 0 && !frameworks.Overlaps(LinkFeatures.FrameworkSet(model.TokenIds(other).Select(model.Word)));
    }

    // A short question asks one thing per part; a long prompt's follow-ups only add detail to its opening.
    private static bool IsShort(QuestionShape shape) => shape.Title is null && shape.Words <= ShortWords;

    // Why, what for or when: "Why should we use batch normalization?" is not "What is batch normalization?".
    private static bool AsksPurpose(QuestionShape shape) => shape.Kinds.Any(k => k is AskedKind.Why or AskedKind.Benefits or AskedKind.When);

    // A short question that asks, besides what the other asks, about something the other never mentions: a second topic
    // joined to its subject ("precision and recall") or a second question about another thing ("… and what are
    // transformers?"). A follow-up about the same thing ("how is it used?") adds no topic.
    private static bool AsksExtraTopic(SimilarityModel model, QuestionShape shape, int[] other)
    {
        if (!IsShort(shape))
        {
            return false;
        }

        var parts = shape.HeadConjuncts().Concat(shape.Pieces.Skip(1).Where(p => !TextNormalizer.RawWords(p).Any(Pronouns.Contains))).ToList();
        return parts.Count > 1 && parts.Any(p => model.IdsOf(TextNormalizer.Tokens(p)) is { Length: > 0 } ids && model.Share(ids, other) < MentionedShare);
    }
}
