using Viva.Core.Questions;
using Viva.Core.Storage;

namespace Viva.Core.Import;

/// <summary>The bank as it will be after the documents read so far: what to upsert, retire and report.</summary>
internal sealed class ImportPlan
{
    private readonly List<StoredQuestion> _live;
    private readonly Dictionary<string, int> _liveIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _copies = new(StringComparer.Ordinal);
    private readonly HashSet<string> _sourcesSeen = new(StringComparer.Ordinal);
    private readonly QuestionIds _ids;
    private readonly List<StoredQuestion> _added = [];
    private readonly TimeSpan _parseBudget;

    public ImportPlan(IReadOnlyList<StoredQuestion> existing, TimeSpan parseBudget, IEnumerable<string>? hiddenIds = null)
    {
        _parseBudget = parseBudget;
        _live = [.. existing];
        for (var i = 0; i < _live.Count; i++)
        {
            _liveIndex[_live[i].Question.Id] = i;
            _copies.TryAdd(CopyKey(_live[i].Question.Question), _live[i].Question.Question.Source);
        }

        // Ids the store's view leaves out (another account's questions) are taken all the same: a new id never reuses one.
        _ids = new QuestionIds(existing.Select(q => q.Question.Id).Concat(hiddenIds ?? []));
    }

    public List<ImportedQuestion> Imported { get; } = [];

    public List<StoredQuestion> Upserts { get; } = [];

    public List<string> Retired { get; } = [];

    public List<(string Source, string ContentHash)> Documents { get; } = [];

    /// <summary>Live questions in cluster-naming order: stored ones first, then new ones.</summary>
    public List<StoredQuestion> LiveQuestions() => [.. _live.Where(q => q is not null), .. _added];

    public DocumentReport Add(ImportDocument document)
    {
        var source = document.Source;
        if (!_sourcesSeen.Add(source))
        {
            return Failed(source, 1, "listed more than once in this run; imported once");
        }

        var decoded = document.Extraction is null ? SourceDecoder.Decode(source, document.Content.Span) : new DecodedDocument(null, null, 0);
        if (decoded.Error is { } decodeError)
        {
            return new DocumentReport { Source = source, Diagnostics = [decodeError] };
        }

        var extraction = document.Extraction
            ?? (DelimitedQuestionParser.DelimiterOf(source) is { } delimiter
                ? DelimitedQuestionParser.Parse(source, decoded.Text!, delimiter)
                : JsonQuestionParser.IsJson(source)
                ? JsonQuestionParser.Parse(source, decoded.Text!)
                : MarkdownQuestionParser.Parse(source, decoded.Text!, _parseBudget));
        if (extraction.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return new DocumentReport { Source = source, Diagnostics = extraction.Diagnostics };
        }

        if (extraction.Questions.Count == 0)
        {
            var reason = extraction.Invalid.Count > 0 ? $"no usable questions ({extraction.Invalid.Count} invalid)" : "no questions found";
            return Failed(source, 1, reason + "; nothing imported from this file");
        }

        if (extraction.Questions.Count > ImportService.MaxQuestionsPerDocument)
        {
            return Failed(source, 1, $"holds {extraction.Questions.Count:N0} questions, more than the {ImportService.MaxQuestionsPerDocument:N0} one document may hold; split it into smaller files");
        }

        var diagnostics = new List<ImportDiagnostic>(extraction.Diagnostics);
        if (decoded.Repairs > 0)
        {
            diagnostics.Add(new ImportDiagnostic(source, 1, DiagnosticSeverity.Info, $"repaired {decoded.Repairs} double-encoded characters"));
        }

        var counts = new Dictionary<ImportBucket, int>();
        var invalid = new List<InvalidItem>(extraction.Invalid);
        var questions = AssignIds(source, extraction.Questions, invalid, out var matchedOld, out var oldOfSource);
        var seenKeys = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < questions.Count; k++)
        {
            var (question, id, old) = questions[k];
            var fingerprint = QuestionFingerprint.Of(question);
            var bucket = Classify(question, old, fingerprint, seenKeys);
            counts[bucket] = counts.GetValueOrDefault(bucket) + 1;
            var stored = new StoredQuestion(new BankQuestion(id, question, id), fingerprint, k);
            Place(stored, old);
            Imported.Add(new ImportedQuestion(stored.Question, bucket));
            if (old is null || old.Fingerprint != fingerprint || old.Question.Question.Line != question.Line || old.Ordinal != k
                || old.Question.Question.Source != source)
            {
                Upserts.Add(stored);
            }
        }

        var retired = oldOfSource.Where(o => !matchedOld.Contains(o.Question.Id)).ToList();
        foreach (var gone in retired)
        {
            Retire(gone.Question.Id);
        }

        if (retired.Count > 0)
        {
            diagnostics.Add(new ImportDiagnostic(source, 1, DiagnosticSeverity.Info,
                $"{retired.Count} question(s) no longer in the document were retired (history kept)"));
        }

        diagnostics.AddRange(invalid.Select(i => new ImportDiagnostic(source, i.Line, DiagnosticSeverity.Warning, $"skipped: {i.Reason}")));
        Documents.Add((source, QuestionFingerprint.OfContent(document.Content.Span)));
        return new DocumentReport
        {
            Source = source,
            Questions = questions.Count,
            Answered = questions.Count(q => q.Question.AnswerQuality == AnswerQuality.Full),
            Stubs = questions.Count(q => q.Question.AnswerQuality == AnswerQuality.Stub),
            Added = counts.GetValueOrDefault(ImportBucket.Added),
            Updated = counts.GetValueOrDefault(ImportBucket.Updated),
            Unchanged = counts.GetValueOrDefault(ImportBucket.Unchanged),
            Duplicates = counts.GetValueOrDefault(ImportBucket.Duplicate),
            Invalid = invalid.Count,
            Retired = retired.Count,
            Diagnostics = [.. diagnostics.OrderBy(d => d.Line)],
        };
    }

    private List<(ExtractedQuestion Question, string Id, StoredQuestion? Old)> AssignIds(
        string source,
        IReadOnlyList<ExtractedQuestion> extracted,
        List<InvalidItem> invalid,
        out HashSet<string> matchedOld,
        out List<StoredQuestion> oldOfSource)
    {
        oldOfSource = [.. _live.Where(q => q is not null && q.Question.Question.Source == source).OrderBy(q => q.Ordinal)];
        var curatedIdsHere = new HashSet<string>(StringComparer.Ordinal);
        var plain = new List<ExtractedQuestion>();
        var result = new List<(ExtractedQuestion, string, StoredQuestion?)>();
        matchedOld = new HashSet<string>(StringComparer.Ordinal);
        foreach (var question in extracted)
        {
            if (question.Curated is not { } curated)
            {
                plain.Add(question);
                continue;
            }

            if (!curatedIdsHere.Add(curated.Id) || (_ids.IsTaken(curated.Id) && !_liveIndex.ContainsKey(curated.Id)))
            {
                invalid.Add(new InvalidItem(question.Line, question.Text, $"id '{curated.Id}' is already used by another question"));
                continue;
            }

            var old = _liveIndex.TryGetValue(curated.Id, out var index) ? _live[index] : null;
            if (old is not null && old.Question.Question.Source != source && Imported.Exists(i => i.Question.Id == curated.Id))
            {
                invalid.Add(new InvalidItem(question.Line, question.Text, $"id '{curated.Id}' is already used in {old.Question.Question.Source}"));
                continue;
            }

            _ids.Take(curated.Id);
            matchedOld.Add(curated.Id);
            result.Add((question, curated.Id, old));
        }

        var candidates = oldOfSource.Where(o => !o.Question.IsCurated).ToList();
        var match = DocumentMatcher.Match(plain, candidates);
        for (var k = 0; k < plain.Count; k++)
        {
            var old = match[k] >= 0 ? candidates[match[k]] : null;
            var id = old?.Question.Id ?? _ids.Mint(source, DocumentMatcher.Key(plain[k].Text));
            if (old is not null)
            {
                matchedOld.Add(old.Question.Id);
            }

            result.Add((plain[k], id, old));
        }

        return [.. result.OrderBy(r => r.Item1.Line)];
    }

    private ImportBucket Classify(ExtractedQuestion question, StoredQuestion? old, string fingerprint, HashSet<string> seenKeys)
    {
        if (!seenKeys.Add(DocumentMatcher.Key(question.Text)))
        {
            return ImportBucket.Duplicate;
        }

        if (old is not null)
        {
            return old.Fingerprint == fingerprint ? ImportBucket.Unchanged : ImportBucket.Updated;
        }

        var copyKey = CopyKey(question);
        if (_copies.TryGetValue(copyKey, out var otherSource) && otherSource != question.Source)
        {
            return ImportBucket.Duplicate;
        }

        _copies.TryAdd(copyKey, question.Source);
        return ImportBucket.Added;
    }

    private void Place(StoredQuestion stored, StoredQuestion? old)
    {
        if (old is not null && _liveIndex.TryGetValue(old.Question.Id, out var index))
        {
            _live[index] = stored;
            return;
        }

        _added.Add(stored);
    }

    private void Retire(string id)
    {
        Retired.Add(id);
        if (_liveIndex.TryGetValue(id, out var index))
        {
            _live[index] = null!;
        }
    }

    private static string CopyKey(ExtractedQuestion question) => DocumentMatcher.Key(question.Text) + "\u001f" + question.Answer;

    private static DocumentReport Failed(string source, int line, string message) =>
        new() { Source = source, Diagnostics = [new ImportDiagnostic(source, line, DiagnosticSeverity.Error, message)] };
}
