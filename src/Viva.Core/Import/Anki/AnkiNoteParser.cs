using Viva.Core.Questions;

namespace Viva.Core.Import.Anki;

/// <summary>
/// Reads the questions of an Anki collection. A note of a standard type gives one question per card it has: the card's
/// template decides which fields ask (the front) and which answer (what the back adds), so a "Basic (and reversed card)"
/// note gives the question both ways, an optional reverse only where the note has that card, and a type-in field is the
/// answer; without templates, the first field asks and the second answers (any further non-empty field follows under its
/// name). A cloze note gives one question per cloze number, that number blanked and the answer with everything filled in
/// (plus its extra field). Tags become topics and the level. Each question's line is its place in the deck, which
/// <see cref="AnkiExtraction.CardsByLine"/> maps back to Anki's cards.
/// </summary>
public static class AnkiNoteParser
{
    /// <summary>The questions of <paramref name="collection"/>, as the document <paramref name="source"/>.</summary>
    public static AnkiExtraction Parse(string source, AnkiPackageContents collection)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(collection);
        var cardsByNote = collection.Cards.ToLookup(c => c.NoteId);
        var questions = new List<ExtractedQuestion>();
        var invalid = new List<InvalidItem>();
        var cardsByLine = new Dictionary<int, IReadOnlyList<long>>();
        var media = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var note in collection.Notes)
        {
            var type = collection.NoteTypes.GetValueOrDefault(note.NoteTypeId);
            var names = type?.FieldNames ?? [];
            var fields = note.Fields.Select(AnkiHtmlConverter.ToMarkdown).ToList();
            var prompt = AnkiHtmlConverter.ToPlainText(note.Fields.Count > 0 ? note.Fields[0] : string.Empty);
            foreach (var field in fields)
            {
                media.UnionWith(AnkiMedia.Names(field));
            }

            var (topics, level) = AnkiTags.Read(note.Tags);
            var isCloze = type?.IsCloze ?? AnkiCloze.Numbers(prompt).Count > 0;
            var ordinals = cardsByNote[note.Id].Select(c => c.Ordinal).Distinct().Order().ToList();
            var items = isCloze ? Cloze(prompt, fields, names)
                : type is { Templates.Count: > 0 } ? Templated(note, type, fields, ordinals)
                : Basic(prompt, fields, names);
            if (items.Count == 0)
            {
                invalid.Add(new InvalidItem(questions.Count + 1, prompt, isCloze ? "a cloze note without deletions" : "a note whose front is empty"));
                continue;
            }

            foreach (var (ordinal, text, answer) in items)
            {
                var line = questions.Count + 1;
                questions.Add(new ExtractedQuestion
                {
                    Source = source,
                    Line = line,
                    Text = text,
                    Answer = string.IsNullOrWhiteSpace(answer) ? null : answer,
                    Topic = topics,
                    Level = level,
                });
                cardsByLine[line] = [.. cardsByNote[note.Id].Where(c => c.Ordinal == ordinal).Select(c => c.Id)];
            }
        }

        var diagnostics = new List<ImportDiagnostic>();
        if (media.Count > 0)
        {
            diagnostics.Add(new ImportDiagnostic(source, 1, DiagnosticSeverity.Info,
                $"{media.Count} media file(s) referenced by name: {string.Join(", ", media.Take(5))}{(media.Count > 5 ? ", …" : string.Empty)}"));
        }

        return new AnkiExtraction(new DocumentExtraction(source, questions, invalid, diagnostics), cardsByLine);
    }

    private static List<(int Ordinal, string Text, string Answer)> Basic(string prompt, List<string> fields, IReadOnlyList<string> names)
    {
        if (prompt.Length == 0)
        {
            return [];
        }

        return [(0, prompt, WithExtras(fields.ElementAtOrDefault(1) ?? string.Empty, fields, names, 2))];
    }

    // One question per card the note has (the first template's when it has none listed), asked by the card's template.
    private static List<(int Ordinal, string Text, string Answer)> Templated(AnkiNote note, AnkiNoteType type, List<string> fields, List<int> ordinals)
    {
        var items = new List<(int, string, string)>();
        var places = type.FieldNames.Select((name, i) => (name, i)).DistinctBy(p => p.name, StringComparer.Ordinal).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        string Field(IReadOnlyList<string> values, string name) => places.TryGetValue(name, out var i) && i < values.Count ? values[i] : string.Empty;
        foreach (var ordinal in ordinals.Count > 0 ? ordinals : [type.Templates.Min(t => t.Ordinal)])
        {
            if (type.Templates.FirstOrDefault(t => t.Ordinal == ordinal) is not { } template)
            {
                continue;
            }

            var question = string.Join('\n', template.QuestionFields.Select(n => AnkiHtmlConverter.ToPlainText(Field(note.Fields, n)).Trim()).Where(t => t.Length > 0));
            if (question.Length == 0)
            {
                continue;
            }

            var answers = template.AnswerFields.Select(n => (Name: n, Text: Field(fields, n))).Where(a => a.Text.Length > 0).ToList();
            var answer = string.Join("\n\n", answers.Select((a, i) => i == 0 ? a.Text : $"**{a.Name}**\n\n{a.Text}"));
            items.Add((ordinal, question, answer));
        }

        return items;
    }

    private static List<(int Ordinal, string Text, string Answer)> Cloze(string prompt, List<string> fields, IReadOnlyList<string> names)
    {
        var answer = WithExtras(AnkiCloze.Answer(fields.FirstOrDefault() ?? string.Empty), fields, names, 1);
        return [.. AnkiCloze.Numbers(prompt).Select(n => (n - 1, AnkiCloze.Question(prompt, n), answer))];
    }

    // Fields after the answer (Anki's "Back Extra", Viva's "Key points") follow it under their names.
    private static string WithExtras(string answer, List<string> fields, IReadOnlyList<string> names, int first)
    {
        var parts = new List<string>();
        if (answer.Length > 0)
        {
            parts.Add(answer);
        }

        for (var i = first; i < fields.Count; i++)
        {
            if (fields[i].Length > 0)
            {
                parts.Add($"**{names.ElementAtOrDefault(i) ?? $"Field {i + 1}"}**\n\n{fields[i]}");
            }
        }

        return string.Join("\n\n", parts);
    }
}
