using System.Globalization;
using System.Text.RegularExpressions;
using Viva.Core.Exercises;
using Viva.Core.Questions;

namespace Viva.Core.Import;

/// <summary>What the metadata comment and key-point list of a curated question said.</summary>
/// <param name="Metadata">The metadata; null when <paramref name="Error"/> is set.</param>
/// <param name="Level">The level the comment gives.</param>
/// <param name="Error">Why the comment cannot be used.</param>
internal sealed record CuratedParse(CuratedMetadata? Metadata, Level? Level, string? Error);

/// <summary>
/// Reads the curated bank's <c>&lt;!-- viva id=… level=… --&gt;</c> comment and pulls the
/// <c>**Key points**</c> list out of the answer.
/// </summary>
internal static partial class CuratedMetadataParser
{
    public static bool IsMetadataComment(string text) => Comment().IsMatch(text.Trim());

    public static CuratedParse Parse(string comment, ref string? answer)
    {
        var match = Comment().Match(comment.Trim());
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match pair in Field().Matches(match.Groups["body"].Value))
        {
            fields[pair.Groups["key"].Value] = pair.Groups["value"].Value.Trim('"');
        }

        if (!fields.TryGetValue("id", out var id) || !IdPattern().IsMatch(id))
        {
            return Fail("metadata comment needs an id in lowercase kebab-case");
        }

        Level? level = null;
        if (fields.TryGetValue("level", out var levelWord))
        {
            level = LevelNames.FromWord(levelWord);
            if (level is null || levelWord.ToLowerInvariant() is not ("basic" or "intermediate" or "advanced"))
            {
                return Fail($"level '{levelWord}' is not basic, intermediate or advanced");
            }
        }

        var kind = QuestionKind.Open;
        double? number = null;
        double? tolerance = null;
        if (fields.TryGetValue("kind", out var kindWord))
        {
            if (kindWord == "numeric")
            {
                kind = QuestionKind.Numeric;
                if (!TryNumber(fields, "answer", out number) || !TryNumber(fields, "tolerance", out tolerance))
                {
                    return Fail("kind=numeric needs answer=<number> and tolerance=<number>");
                }
            }
            else if (kindWord == "exercise")
            {
                // An exercise is judged by its tests, not graded against key points, so its body stays whole.
                var exercise = ExerciseParser.Parse(answer, fields);
                if (exercise.Error is { } error)
                {
                    return Fail(error);
                }

                return new CuratedParse(new CuratedMetadata(id, Tags(fields), [], QuestionKind.Exercise, null, null, exercise.Exercise), level, null);
            }
            else if (kindWord != "open")
            {
                return Fail($"kind '{kindWord}' is not open, numeric or exercise");
            }
        }

        var keyPoints = ExtractKeyPoints(ref answer);
        return new CuratedParse(new CuratedMetadata(id, Tags(fields), keyPoints, kind, number, tolerance), level, null);
    }

    private static List<string> Tags(Dictionary<string, string> fields) => fields.TryGetValue("tags", out var tagList)
        ? [.. tagList.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => t.ToLowerInvariant())]
        : [];

    private static List<string> ExtractKeyPoints(ref string? answer)
    {
        if (answer is null)
        {
            return [];
        }

        var heading = KeyPointsHeading().Match(answer);
        if (!heading.Success)
        {
            return [];
        }

        var points = new List<string>();
        var tail = answer[(heading.Index + heading.Length)..];
        foreach (var row in tail.Split('\n'))
        {
            var bullet = Bullet().Match(row);
            if (bullet.Success)
            {
                points.Add(QuestionText.Tidy(bullet.Groups["text"].Value));
            }
            else if (row.Trim().Length > 0 && points.Count > 0 && row.StartsWith(' '))
            {
                points[^1] = QuestionText.Tidy(points[^1] + " " + row);
            }
        }

        var body = answer[..heading.Index].Trim();
        answer = body.Length == 0 ? null : body;
        return points;
    }

    private static bool TryNumber(Dictionary<string, string> fields, string key, out double? value)
    {
        value = null;
        if (fields.TryGetValue(key, out var text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            value = number;
            return true;
        }

        return false;
    }

    private static CuratedParse Fail(string error) => new(null, null, error);

    [GeneratedRegex(@"^<!--\s*viva\b(?<body>.*?)-->$", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"(?<key>[a-z]+)=(?<value>""[^""]*""|\S+)")]
    private static partial Regex Field();

    [GeneratedRegex(@"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^\s*\*\*key points\*\*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex KeyPointsHeading();

    [GeneratedRegex(@"^\s{0,3}[-*+]\s+(?<text>.+)$")]
    private static partial Regex Bullet();
}
