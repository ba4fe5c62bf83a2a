using Viva.Core.Semantics;

namespace Viva.Core.Linking;

public sealed partial class DuplicateLinker
{
    /// <summary>
    /// Links judged by meaning and words together. Each imported question is compared with its nearest curated
    /// questions by embedding and joins the one the fitted model rates highest, if that clears the threshold;
    /// two imported questions that share a blocking key join when the pair model says so. Scores are
    /// probabilities, so the strongest links are made first.
    /// </summary>
    private List<(int A, int B, float Score)> MeaningLinks(SimilarityModel model, IReadOnlyList<string> texts, bool[] curated, Embeddings embeddings)
    {
        var edges = PairLinks(model, texts, curated, embeddings);
        var heads = Enumerable.Range(0, curated.Length).Where(c => curated[c]).ToArray();
        for (var i = 0; i < curated.Length && heads.Length > 0; i++)
        {
            if (!curated[i] && BestCurated(model, texts, heads, embeddings, i) is { } best && best.Probability >= Model.CuratedThreshold)
            {
                edges.Add((Math.Min(i, best.Curated), Math.Max(i, best.Curated), (float)best.Probability));
            }
        }

        return edges;
    }

    // Below this cosine to its nearest curated question an imported question joins none (see BestCurated).
    private const float MinCuratedMeaning = 0.45f;

    /// <summary>
    /// Whose answers the curated scorer will compare: every imported question's and those of the curated questions
    /// among some imported question's nearest (the candidates <see cref="BestCurated"/> weighs).
    /// </summary>
    private bool[] ComparedAnswers(bool[] curated, IReadOnlyList<float[]> vectors)
    {
        var needed = new bool[curated.Length];
        var heads = Enumerable.Range(0, curated.Length).Where(c => curated[c]).ToArray();
        for (var i = 0; i < curated.Length; i++)
        {
            if (curated[i])
            {
                continue;
            }

            needed[i] = true;
            foreach (var (c, _) in Nearest.Top(heads, vectors, vectors[i], _options.MeaningCandidates))
            {
                needed[c] = true;
            }
        }

        return needed;
    }

    /// <summary>
    /// The curated question the model rates highest for imported question <paramref name="i"/>, among its nearest by
    /// meaning. When that question's subject (its first content word) is not in the imported one but a near tie's is,
    /// the near tie wins: "What is deep learning?" belongs to the deep-learning question, not to "What are memory
    /// networks in deep learning?", however close their embeddings. Before that, a favourite naming a library the imported
    /// question never names, or scoped to a field it never names (databases, NLP), gives way to the best candidate naming
    /// none it does not, when the model rates that one at least <see cref="LinkerOptions.NarrowerRatio"/> of the favourite.
    /// Then a favourite that disagrees with the question in the kind of answer asked (<see cref="QuestionShape.AgreesInKind"/>)
    /// gives way to the best candidate that agrees, and one whose first word the question never says to a broader candidate
    /// that names it too.
    /// </summary>
    private (int Curated, double Probability)? BestCurated(SimilarityModel model, IReadOnlyList<string> texts, int[] heads, Embeddings embeddings, int i)
    {
        var vectors = embeddings.Questions;
        var nearest = Nearest.Top(heads, vectors, vectors[i], _options.MeaningCandidates);
        var features = LinkFeatures.Curated(model, i, nearest, [.. nearest.Select(n => Vectors.Cosine(embeddings.Openings[i], vectors[n.Index]))], texts, LinkFeatures.AnswerCosines(embeddings.Answers, i, nearest), LinkFeatures.AnswerCosines(embeddings.Answers, vectors[i], nearest));
        (int Curated, double Probability, float Cosine, int Row)? best = null;
        for (var k = 0; k < nearest.Count; k++)
        {
            var (c, cosine) = nearest[k];
            var p = Model.Curated.Probability(features[k]);
            if (best is null || p > best.Value.Probability)
            {
                best = (c, p, cosine, k);
            }
        }

        // The seeds hold no off-topic questions, so the fitted model never learnt to refuse one; a question this far from
        // every curated one in meaning is not a duplicate of any, unless the chosen one holds most of its weighted words
        // ("VGG-16/19/152" is far from every curated question in meaning, yet names the VGG one).
        if (best is not { } chosen || (nearest[0].Cosine < MinCuratedMeaning && features[chosen.Row][QuestionInside] < _options.FarQuestionInside))
        {
            return null;
        }

        // A question never joins a narrower curated question when a general one the model also rates answers it: "How do
        // you mitigate data imbalance?" is the class-imbalance question, not "… when training a TensorFlow/Keras model?", and
        // in a trainer for ML a bare "What is data normalization?" is feature scaling, not database normal forms.
        if (_options.NarrowerRatio <= 1 && NamesUnaskedLibrary(model, texts, i, chosen.Curated))
        {
            (int Curated, double Probability)? general = null;
            for (var k = 0; k < nearest.Count; k++)
            {
                var p = Model.Curated.Probability(features[k]);
                if (nearest[k].Index != chosen.Curated && p >= chosen.Probability * _options.NarrowerRatio && (general is null || p > general.Value.Probability)
                    && !NamesUnaskedLibrary(model, texts, i, nearest[k].Index))
                {
                    general = (nearest[k].Index, p);
                }
            }

            if (general is { } g)
            {
                return (g.Curated, chosen.Probability);
            }
        }

        // The converse: a question whose opening asks about a field ("Explainability in NLP Models: …") joins a question
        // scoped to that field over a favourite that never names it, when the model rates that one as the rule above asks.
        if (_options.NarrowerRatio <= 1 && AskedFieldMissing(model, texts, i, chosen.Curated) is { } field)
        {
            (int Curated, double Probability)? scoped = null;
            for (var k = 0; k < nearest.Count; k++)
            {
                var p = Model.Curated.Probability(features[k]);
                if (nearest[k].Index != chosen.Curated && p >= chosen.Probability * _options.NarrowerRatio && (scoped is null || p > scoped.Value.Probability)
                    && Scopes(model, nearest[k].Index, FirstClause(texts[nearest[k].Index])).Contains(field))
                {
                    scoped = (nearest[k].Index, p);
                }
            }

            if (scoped is { } s)
            {
                return (s.Curated, chosen.Probability);
            }
        }

        // A question asks for a kind of answer: "What is the use of a random forest?" wants its uses, not how it works. A
        // favourite that disagrees in kind gives way to the best candidate that agrees, when the model rates that one at least
        // LinkerOptions.IntentRatio of the favourite.
        var shape = QuestionShape.Of(texts[i]);
        if (_options.IntentRatio <= 1 && !shape.AgreesInKind(texts[chosen.Curated]))
        {
            (int Curated, double Probability)? agreeing = null;
            for (var k = 0; k < nearest.Count; k++)
            {
                var p = Model.Curated.Probability(features[k]);
                if (k != chosen.Row && p >= chosen.Probability * _options.IntentRatio && (agreeing is null || p > agreeing.Value.Probability) && shape.AgreesInKind(texts[nearest[k].Index])
                    && ScopedNoWorse(model, texts, i, nearest[k].Index, chosen.Curated))
                {
                    agreeing = (nearest[k].Index, p);
                }
            }

            if (agreeing is { } a)
            {
                return (a.Curated, chosen.Probability);
            }
        }

        // Nor does it join a question narrower by a word it never says when a broader one names that word too: "What is
        // segmentation?" is the question on segmentation that names semantic segmentation among its kinds, not the one on
        // semantic segmentation alone.
        if (_options.NarrowerRatio <= 1 && !model.SharesFirstWord(chosen.Curated, i))
        {
            (int Curated, double Probability)? broader = null;
            for (var k = 0; k < nearest.Count; k++)
            {
                var c = nearest[k].Index;
                var p = Model.Curated.Probability(features[k]);
                if (c != chosen.Curated && p >= chosen.Probability * _options.NarrowerRatio && (broader is null || p > broader.Value.Probability)
                    && model.SharesFirstWord(chosen.Curated, c) && model.SharesSubject(i, c) && shape.AgreesInKind(texts[c]) && ScopedNoWorse(model, texts, i, c, chosen.Curated))
                {
                    broader = (c, p);
                }
            }

            if (broader is { } b)
            {
                return (b.Curated, chosen.Probability);
            }
        }

        if (!model.SharesFirstWord(chosen.Curated, i))
        {
            foreach (var (c, cosine) in nearest)
            {
                if (c != chosen.Curated && cosine >= chosen.Cosine - _options.SubjectTieMargin && model.SharesFirstWord(c, i) && model.SharesSubject(i, c))
                {
                    return (c, chosen.Probability);
                }
            }
        }

        return (chosen.Curated, chosen.Probability);
    }

    /// <summary>
    /// True when candidate <paramref name="c"/> is scoped no worse than the favourite <paramref name="chosen"/> for imported
    /// question <paramref name="i"/>: it names no library or field the question never names unless the favourite does, and
    /// misses no field the question asks about unless the favourite does ("Explainability in NLP models: why does it matter?"
    /// stays with the NLP question rather than joining a general one that asks why).
    /// </summary>
    private static bool ScopedNoWorse(SimilarityModel model, IReadOnlyList<string> texts, int i, int c, int chosen) =>
        (!NamesUnaskedLibrary(model, texts, i, c) || NamesUnaskedLibrary(model, texts, i, chosen))
        && (AskedFieldMissing(model, texts, i, c) is null || AskedFieldMissing(model, texts, i, chosen) is not null);

    // Where the share of the imported question's weighted words that a candidate holds sits in a row of features.
    private static readonly int QuestionInside = LinkFeatures.CuratedNames.ToList().IndexOf("question_inside");

    /// <summary>
    /// True when curated question <paramref name="c"/> is narrower than imported question <paramref name="i"/> asks: it names
    /// a library (PyTorch, TensorFlow, …) the question never names, or its first clause scopes it to a field the question
    /// never names ("What is normalization?" is not "Explain database normalisation and the first three normal forms").
    /// </summary>
    private static bool NamesUnaskedLibrary(SimilarityModel model, IReadOnlyList<string> texts, int i, int c)
    {
        var named = Scopes(model, c, FirstClause(texts[c]));
        return named.Count > 0 && !named.IsSubsetOf(Scopes(model, i, texts[i]));
    }

    /// <summary>A field the imported question's opening asks about that curated question <paramref name="c"/> never names, or null.</summary>
    private static string? AskedFieldMissing(SimilarityModel model, IReadOnlyList<string> texts, int i, int c)
    {
        var named = Scopes(model, c, texts[c]);
        foreach (var token in TextNormalizer.Tokens(PromptOpening.Of(texts[i]) ?? texts[i]))
        {
            if (Fields.TryGetValue(token, out var field) && !named.Contains(field))
            {
                return field;
            }
        }

        return null;
    }

    /// <summary>A question up to its first comma or full stop: where it says what it is about, before why or how.</summary>
    private static string FirstClause(string text)
    {
        var end = text.AsSpan().IndexOfAny(',', '?', '.');
        return end < 0 ? text : text[..end];
    }

    // Words that scope a question to a field whose sense of a term is its own: "normalisation" in a database, "fine-tuning"
    // of BERT, ethics in NLP.
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["nlp"] = "nlp",
        ["bert"] = "nlp",
        ["sql"] = "database",
        ["databas"] = "database",
    };

    /// <summary>
    /// The libraries question <paramref name="q"/> names and the fields <paramref name="scoping"/> (its text, or the part of
    /// it that scopes it) names: "What is the Transformer architecture, and why did it replace RNNs for most NLP tasks?"
    /// is not scoped to NLP, "What ethical issues arise in NLP systems, …" is.
    /// </summary>
    private static HashSet<string> Scopes(SimilarityModel model, int q, string scoping)
    {
        var scopes = LinkFeatures.FrameworkSet(model.TokenIds(q).Select(model.Word));
        foreach (var token in TextNormalizer.Tokens(scoping))
        {
            if (Fields.TryGetValue(token, out var field))
            {
                scopes.Add(field);
            }
        }

        return scopes;
    }
}
