using System.Diagnostics;
using Viva.Core.Grading;
using Viva.Semantics;

namespace Viva.Grading.Training;

/// <summary>
/// Fits the hybrid grader: the meaning decision on the key-point judgements, then the two scorers over the
/// lexical and semantic features, reporting every figure with folds split by question.
/// </summary>
public static class HybridFitting
{
    private const double OffTopicWeight = 0.01;

    public static int Run(bool write, bool keyPointsOnly = false)
    {
        var bank = BankQuestions.Load(RepoPaths.Content);
        var semeval = SemEvalSet.Load(RepoPaths.SemEval);
        var dev = RepoPaths.DevSets.SelectMany(p => DevSet.Load(p, bank)).ToList();
        var clock = Stopwatch.StartNew();
        using var model = new MiniLmTextEncoder(threads: Environment.ProcessorCount);
        var encoder = new CachedTextEncoder(model, RepoPaths.EmbeddingCache);
        Console.WriteLine($"encoder loaded in {clock.ElapsedMilliseconds} ms; SemEval {semeval.Count} answers, dev set {dev.Count} answers to {dev.Select(e => e.Group).Distinct().Count()} questions");
        var notes = new Dictionary<string, string>(StringComparer.Ordinal);

        var decision = KeyPointFitting.Fallback;
        UnitClassifier? units = null;
        if (File.Exists(RepoPaths.KeyPointSet))
        {
            var cases = KeyPointSet.Load(RepoPaths.KeyPointSet, bank);
            if (int.TryParse(Environment.GetEnvironmentVariable("VIVA_FIT_ROWS"), out var rows) && rows > 0 && rows < cases.Count)
            {
                // Measure on the first rows only, to compare with figures taken before rows were added.
                cases = [.. cases.Take(rows)];
                Console.WriteLine($"key points: the first {rows} judgements only (VIVA_FIT_ROWS)");
            }

            if (Environment.GetEnvironmentVariable("VIVA_FIT_FULL") == "1" && File.Exists(RepoPaths.FullAnswers))
            {
                cases = [.. cases, .. KeyPointSet.Load(RepoPaths.FullAnswers, bank)];
                Console.WriteLine($"key points: with the whole answers of {RepoPaths.FullAnswers} (VIVA_FIT_FULL)");
            }

            var measured = KeyPointFitting.Measure(cases, Grader(encoder, KeyPointFitting.Probing));
            var (fitted, report) = KeyPointFitting.Fit(measured);
            decision = fitted;
            Console.WriteLine($"key points: {report}");
            Console.WriteLine($"  decision: alone {decision.Alone:F2}, with words {decision.WithWords:F2} when word coverage ≥ {decision.WordCoverage:F2}, contrast ≥ {decision.Contrast:F3} contradicts");
            var crossWeight = double.TryParse(Environment.GetEnvironmentVariable("VIVA_FIT_CROSS"), System.Globalization.CultureInfo.InvariantCulture, out var cw) ? cw : 0;
            var cross = crossWeight > 0 ? KeyPointFitting.Measure(KeyPointSet.OtherPoints(cases), Grader(encoder, KeyPointFitting.Probing)) : [];
            var crossWeights = cross.Select(_ => crossWeight).ToList();
            // Answers about something else, weighted lightly: at 0.01 they cut the off-topic points credited (cross-validated)
            // from 24% to about 2% for 0.013 of recall; at 0.03 recall fell by 0.03 (docs/grading-history.md).
            var offTopicWeight = double.TryParse(Environment.GetEnvironmentVariable("VIVA_FIT_OFFTOPIC"), System.Globalization.CultureInfo.InvariantCulture, out var ow) ? ow : OffTopicWeight;
            if (offTopicWeight > 0)
            {
                var offTopic = KeyPointFitting.Measure(KeyPointSet.OffTopic(cases, bank), Grader(encoder, KeyPointFitting.Probing));
                cross = [.. cross, .. offTopic];
                crossWeights.AddRange(offTopic.Select(_ => offTopicWeight));
            }

            (units, var unitReport) = UnitClassifierFitting.Fit(measured, cross, crossWeights);
            Console.WriteLine($"  per-point model: {unitReport}");
            notes["keyPoints"] = "threshold rule: " + report.Split('\n')[3].Trim() + "; per-point model: " + unitReport.Split('\n')[0];
            notes["keyPointsShownMissed"] = unitReport.Split('\n')[1].Trim();
            if (unitReport.Split('\n').FirstOrDefault(l => l.Contains("unstated points", StringComparison.Ordinal)) is { } unstated)
            {
                notes["unstatedPoints"] = unstated.Trim();
            }

            if (Environment.GetEnvironmentVariable("VIVA_FIT_ERRORS") is not null)
            {
                // VIVA_FIT_ERRORS=shipped: the errors of the shipped per-point model, to compare readings before refitting.
                UnitClassifierFitting.PrintErrors(measured, Environment.GetEnvironmentVariable("VIVA_FIT_ERRORS") == "shipped" && HybridModel.Shipped.Units is { } shipped ? shipped : units);
            }
        }

        if (Environment.GetEnvironmentVariable("VIVA_FIT_PROBES") == "shipped")
        {
            // The probes judged by the shipped models, to tell a change in the readings from a refit.
            (decision, units) = (HybridModel.Shipped.Decision, HybridModel.Shipped.Units);
            Console.WriteLine("probes: judged by the shipped models (VIVA_FIT_PROBES=shipped)");
        }

        // The held-out probes, then the development sets, whose errors may be read too.
        foreach (var path in RepoPaths.DevelopmentProbeSets.Prepend(RepoPaths.ProbeSet))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (!File.Exists(path))
            {
                continue;
            }

            var probes = KeyPointFitting.Measure(KeyPointSet.Load(path, bank), Grader(encoder, decision, units));
            notes[name] = ProbeSummary(probes, heldOut: path == RepoPaths.ProbeSet);
            Console.WriteLine($"{name}: {notes[name]}");
            if (Environment.GetEnvironmentVariable("VIVA_FIT_ERRORS") is not null)
            {
                foreach (var m in probes.Where(m => m.Judged.Covered != m.Case.Covered))
                {
                    Console.WriteLine($"  probe [{m.Case.Kind}] human {(m.Case.Covered ? "yes" : "no")} | sim {m.Similarity:F2} cov {m.Unit.Coverage:F2} contra {m.Unit.Contradiction:F2} swap {m.Unit.Swap:F2} | {m.Unit.Text} || {m.Case.Request.Answer}");
                }
            }
        }

        // The second, blind probe set: only its figure is printed, never its errors, so that it stays blind.
        if (File.Exists(RepoPaths.ProbeSet2))
        {
            notes["probes-2"] = ProbeSummary(KeyPointFitting.Measure(KeyPointSet.Load(RepoPaths.ProbeSet2, bank), Grader(encoder, decision, units)));
            Console.WriteLine($"probes-2: {notes["probes-2"]}");
        }

        // Whole answers judged on every point of their question: the development half's errors may be read, the probes' not.
        foreach (var (path, name, readable) in new[] { (RepoPaths.FullAnswers, "full answers", true), (RepoPaths.FullAnswerProbes, "full-answer probes", false) })
        {
            if (File.Exists(path))
            {
                var judged = KeyPointFitting.Measure(KeyPointSet.Load(path, bank), Grader(encoder, decision, units));
                notes[name] = FullAnswerSummary(judged);
                Console.WriteLine($"{name}: {notes[name]}");
                if (readable && Environment.GetEnvironmentVariable("VIVA_FIT_DUMP") is { } dump)
                {
                    // kind, label, verdict, then the per-point model's main inputs and its probability, then the point.
                    File.WriteAllLines(dump, judged.Select(m => string.Join('\t', m.Case.Kind, m.Case.Covered ? 1 : 0, m.Judged.Covered ? 1 : 0, m.Similarity.ToString("F3"), m.Unit.Coverage.ToString("F3"), m.Judged.Rival.ToString("F3"), m.Judged.AnswerSimilarity.ToString("F3"), m.Judged.OwnLead.ToString("F3"), (units?.Probability(m.Judged) ?? 0).ToString("F3"), m.Unit.Text)));
                }

                if (readable && Environment.GetEnvironmentVariable("VIVA_FIT_ERRORS") is not null)
                {
                    foreach (var m in judged.Where(m => m.Judged.Covered != m.Case.Covered || (m.Case.Covered && m.Judged.Contradicted)))
                    {
                        Console.WriteLine($"  full [{m.Case.Kind}] human {(m.Case.Covered ? "yes" : "no")} | sim {m.Similarity:F2} cov {m.Unit.Coverage:F2} contra {m.Unit.Contradiction:F2} swap {m.Unit.Swap:F2} | {m.Case.Request.Question} | {m.Unit.Text}\n      passage: {m.Passage?.Text}");
                    }
                }
            }
        }

        if (keyPointsOnly)
        {
            return 0;
        }

        var grader = Grader(encoder, decision, units);
        clock.Restart();
        var sem = FeatureTable.BuildHybrid(semeval, grader);
        var devKeyPoints = FeatureTable.BuildHybrid(dev, grader);
        var devReference = FeatureTable.BuildHybrid([.. dev.Select(e => e with { Requests = [.. e.Requests.Select(r => r with { KeyPoints = [] })] })], grader);
        Console.WriteLine($"features measured in {clock.Elapsed.TotalSeconds:F0} s ({encoder.Computed} texts encoded, the rest from the cache)");

        var human = devKeyPoints.Examples.Select(e => e.Target * 5).ToList();
        var labels = sem.Examples.Select(e => e.Target > 0.5).ToList();

        // Reference scorer (viva grade --batch): SemEval, and for comparison the dev set's answers against the bank's reference alone.
        var semCv = Trainer.CrossValidate(sem, null, _ => 1.0);
        notes["semevalCv"] = $"{Trainer.Folds}-fold by question: accuracy {Metrics.Accuracy(semCv, labels):F3}, AUC {Metrics.Auc(semCv, labels):F3}";
        var semOnly = Trainer.Fit(sem, _ => 1.0);
        notes["devset.referenceOnly.semevalOnly"] = Fitting.DevSummary(devReference, [.. Trainer.Predict(devReference, semOnly).Select(p => 5 * p)], human) + " (fitted on SemEval only: another domain)";
        var devOnlyReference = Trainer.Fit(devReference, _ => 1.0);
        var onSemEval = Trainer.Predict(sem, devOnlyReference);
        notes["semeval.fromDevsetOnly"] = $"AUC {Metrics.Auc(onSemEval, labels):F3}, r {Metrics.Pearson(onSemEval, [.. sem.Examples.Select(e => e.Target)]):F3} (fitted on the dev set only: another domain)";
        var devWeight = sem.Count / (double)devReference.Count;
        double Weight(Example e) => e.Source == "devset" ? devWeight : 1.0;
        var jointDevCv = Trainer.CrossValidate(devReference, sem, Weight);
        notes["devset.referenceOnly.jointCv"] = Fitting.DevSummary(devReference, [.. jointDevCv.Select(p => 5 * p)], human);
        // Shipped: SemEval alone. It carries to the dev set's domain better than the joint fit carries within it,
        // and the batch path is judged on domains neither data set covers.
        var reference = semOnly;

        // Key-point scorer (bank questions): dev set only, or jointly with SemEval, whichever cross-validates better.
        var devOnly = Trainer.CrossValidate(devKeyPoints, null, _ => 1.0);
        var joint = Trainer.CrossValidate(devKeyPoints, sem, Weight);
        notes["devset.devsetOnlyCv"] = Fitting.DevSummary(devKeyPoints, [.. devOnly.Select(p => 5 * p)], human);
        notes["devset.jointCv"] = Fitting.DevSummary(devKeyPoints, [.. joint.Select(p => 5 * p)], human);
        var useJoint = Metrics.Pearson(joint, human) > Metrics.Pearson(devOnly, human);
        var keyPoints = useJoint ? Trainer.Fit(FeatureTable.Concat(devKeyPoints, sem), Weight) : Trainer.Fit(devKeyPoints, _ => 1.0);
        notes["keyPointsScorer"] = useJoint ? "joint" : "devset-only";
        notes["devset.shipped"] = Fitting.DevSummary(devKeyPoints, [.. Trainer.Predict(devKeyPoints, keyPoints).Select(p => 5 * p)], human) + " (in-sample)";

        var lexicalDev = FeatureTable.Build(dev, grader.Lexical.Idf, grader.Lexical.Model.CoverageThreshold);
        notes["devset.lexicalOnlyCv"] = Fitting.DevSummary(lexicalDev, [.. Trainer.CrossValidate(lexicalDev, null, _ => 1.0).Select(p => 5 * p)], human) + " (words alone, for comparison)";

        foreach (var (key, value) in notes)
        {
            Console.WriteLine($"{key}: {value}");
        }

        var hybrid = new HybridModel(decision, keyPoints, reference, units);
        Console.WriteLine($"reference scorer: {Describe(reference)}");
        Console.WriteLine($"key-point scorer: {Describe(keyPoints)}");
        if (write)
        {
            File.WriteAllText(RepoPaths.HybridModel, hybrid.ToJson(notes));
            Console.WriteLine($"wrote {Path.GetRelativePath(RepoPaths.Root, RepoPaths.HybridModel)}");
        }

        return 0;
    }

    /// <summary>Per key point: what the words and the encoder found for one answer to a bank question.</summary>
    public static int Explain(string id, string answer)
    {
        var question = BankQuestions.Load(RepoPaths.Content).Single(q => q.Curated!.Id == id);
        using var model = new MiniLmTextEncoder();
        var shipped = HybridModel.Shipped;
        var grader = Environment.GetEnvironmentVariable("VIVA_FIT_PROBE") is null
            ? HybridGrader.Create(() => model)
            : new HybridGrader(LexicalGrader.Default, new HybridModel(shipped.Decision with { Contrast = KeyPointFitting.Probing.Contrast }, shipped.KeyPoints, shipped.Reference, shipped.Units), () => model);
        var request = new GradingRequest(question.Text, question.Answer ?? string.Empty, question.Curated!.KeyPoints, answer);
        var analysis = grader.Analyze(request);
        Console.WriteLine($"subjects: {string.Join(' ', analysis.Lexical.Subjects)}; answer: {string.Join(' ', GradingTokenizer.Tokenize(answer, grader.Lexical.Idf).Select(t => (t.Negated ? "!" : string.Empty) + t.Key))}");
        foreach (var u in analysis.Units)
        {
            Console.WriteLine($"[{(u.Covered ? 'x' : ' ')}] sim {u.Similarity:F2} cov {u.Lexical.Coverage:F2} contra {u.Lexical.Contradiction:F2} swap {u.Lexical.Swap:F2} contrast {u.Contrast:F3}{(u.Lexical.SwappedWords is { } w ? $" roles {w.First}/{w.Second}" : "")} | {u.Lexical.Text}");
            Console.WriteLine($"      passage: {u.Passage?.Text}");
            if (u.Lexical.Conflict is { } conflict)
            {
                Console.WriteLine($"      conflict: {conflict.Kind} \"{conflict.Word}\" at \"{answer.Substring(conflict.Start, conflict.Length)}\"");
            }

            if (u.Opposite is { } opposite)
            {
                Console.WriteLine($"      closest variant: {opposite.Text}");
            }
        }

        Console.WriteLine($"score {grader.Grade(request).Score}");
        return 0;
    }

    private static HybridGrader Grader(CachedTextEncoder encoder, MeaningDecision decision, UnitClassifier? units = null)
    {
        var placeholder = new LinearScorer(0, new double[SemanticFeatures.HybridNames.Count]);
        return new HybridGrader(LexicalGrader.Default, new HybridModel(decision, placeholder, placeholder, units), () => encoder);
    }

    // Precision and recall of "covered", stated points shown missed (not covered and not in the doubtful band), and points
    // the feedback says the answer contradicts although the labels say it states them.
    private static string FullAnswerSummary(IReadOnlyList<KeyPointFitting.Measured> judged)
    {
        var summary = KeyPointFitting.Summary(judged, [.. judged.Select(m => m.Judged.Covered)]);
        var stated = judged.Where(m => m.Case.Covered).ToList();
        var shownMissed = stated.Count(m => !m.Judged.Covered && !m.Judged.Doubtful);
        var falselyContradicted = stated.Count(m => m.Judged.Contradicted);
        return $"{judged.Count} judgements: {summary}; {shownMissed} of {stated.Count} stated points shown missed, {falselyContradicted} said to be contradicted; " +
            string.Join("; ", judged.GroupBy(m => m.Case.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count(m => m.Judged.Covered == m.Case.Covered)}/{g.Count()}"));
    }

    private static string ProbeSummary(IReadOnlyList<KeyPointFitting.Measured> probes, bool heldOut = true)
    {
        var right = probes.Select(m => m.Judged.Covered == m.Case.Covered).ToList();
        return $"{right.Count(r => r)}/{probes.Count} judged right ({right.Count(r => r) / (double)probes.Count:F3}); " +
            string.Join("; ", probes.Select((m, i) => (m, i)).GroupBy(p => p.m.Case.Kind).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key} {g.Count(p => right[p.i])}/{g.Count()}")) + (heldOut ? " (held out: never fitted on)" : " (development: errors read, never fitted on)");
    }

    private static string Describe(LinearScorer scorer) =>
        $"bias {scorer.Bias:F2}; " + string.Join(", ", SemanticFeatures.HybridNames.Select((n, i) => $"{n} {scorer.Weights[i]:F2}"));
}
