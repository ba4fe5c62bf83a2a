using System.Globalization;
using System.Text;
using Viva.Core.Grading;

namespace Viva.Grading.Llm;

/// <summary>The instructions and the one user message an LLM grades from.</summary>
internal static class GradingPrompt
{
    public const string System =
        "You grade answers given in a machine-learning job interview. Score the candidate's answer from 0 to 5 " +
        "(5 = complete and correct, 0 = wrong or empty) against the reference answer and the numbered key points. " +
        "Give credit for a key point only when the answer states it correctly, in any words; a statement that " +
        "contradicts a key point earns nothing for it and lowers the score. Reply with JSON only, no prose: " +
        "{\"score\": <number 0-5>, \"covered\": [{\"point\": <key point number>, \"quote\": \"<the exact words of the answer that state it>\"}]}";

    public static string User(GradingRequest request, IReadOnlyList<string> points)
    {
        var builder = new StringBuilder();
        builder.Append("Question:\n").Append(request.Question).Append("\n\nReference answer:\n").Append(request.ReferenceAnswer).Append("\n\nKey points:\n");
        for (var i = 0; i < points.Count; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{i + 1}. {points[i]}\n");
        }

        builder.Append("\nCandidate's answer:\n").Append(request.Answer);
        return builder.ToString();
    }
}
