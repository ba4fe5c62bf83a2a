using System.Text;
using Viva.Core.Import;
using Viva.Core.Questions;

namespace Viva.Grading.Training;

/// <summary>The curated bank under <c>content/</c>, read with the importer's own parser; exercises have no key points to grade, so they are left out.</summary>
public static class BankQuestions
{
    public static IReadOnlyList<ExtractedQuestion> Load(string contentFolder)
    {
        var questions = new List<ExtractedQuestion>();
        foreach (var file in Directory.GetFiles(contentFolder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var decoded = SourceDecoder.Decode(Path.GetRelativePath(contentFolder, file), File.ReadAllBytes(file));
            if (decoded.Text is null)
            {
                continue;
            }

            questions.AddRange(MarkdownQuestionParser.Parse(file, decoded.Text).Questions.Where(q => q.Curated is { Kind: not QuestionKind.Exercise }));
        }

        return questions;
    }

    /// <summary>The text one bank question contributes to document frequencies: question, answer and key points.</summary>
    public static string Document(ExtractedQuestion question)
    {
        var builder = new StringBuilder(question.Text).Append('\n').Append(question.Answer ?? string.Empty);
        foreach (var point in question.Curated?.KeyPoints ?? [])
        {
            builder.Append('\n').Append(point);
        }

        return builder.ToString();
    }
}
