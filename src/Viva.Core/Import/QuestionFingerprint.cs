using System.Security.Cryptography;
using System.Text;
using Viva.Core.Questions;

namespace Viva.Core.Import;

/// <summary>Hashes everything a document says about a question, so a re-import can tell "unchanged" from "updated".</summary>
public static class QuestionFingerprint
{
    /// <summary>A hex SHA-256 of the question's text, answer, topic, level, code and curated metadata.</summary>
    public static string Of(ExtractedQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var builder = new StringBuilder()
            .Append(question.Text).Append('\u001f')
            .Append(question.Answer).Append('\u001f')
            .AppendJoin('\u001e', question.Topic).Append('\u001f')
            .Append(question.Level?.ToName()).Append('\u001f')
            .AppendJoin('\u001e', question.Code.Select(c => c.Language + "\u001d" + c.Code)).Append('\u001f');
        if (question.Curated is { } curated)
        {
            builder.Append(curated.Id).Append('\u001f')
                .AppendJoin('\u001e', curated.Tags).Append('\u001f')
                .AppendJoin('\u001e', curated.KeyPoints).Append('\u001f')
                .Append(curated.Kind).Append(curated.NumericAnswer).Append('\u001f').Append(curated.Tolerance);
            if (curated.Exercise is { } exercise)
            {
                // The body is in the answer already; the comment's exercise fields are not.
                builder.Append('\u001f').Append(exercise.Entry).Append('\u001f').Append(exercise.Ordered)
                    .Append('\u001f').Append(exercise.Tolerance).Append('\u001f').Append(exercise.Requires);
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    /// <summary>A hex SHA-256 of raw document bytes.</summary>
    public static string OfContent(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
