namespace Viva.Core.Questions;

/// <summary>Converts between <see cref="AnswerQuality"/> and its contract spelling.</summary>
public static class AnswerQualityNames
{
    /// <summary>The contract spelling: <c>full</c>, <c>stub</c> or <c>none</c>.</summary>
    public static string ToName(this AnswerQuality quality) => quality switch
    {
        AnswerQuality.Full => "full",
        AnswerQuality.Stub => "stub",
        AnswerQuality.None => "none",
        _ => throw new ArgumentOutOfRangeException(nameof(quality), quality, "Unknown answer quality."),
    };

    /// <summary>Reads a contract spelling; null when it is not one.</summary>
    public static AnswerQuality? FromName(string? name) => name switch
    {
        "full" => AnswerQuality.Full,
        "stub" => AnswerQuality.Stub,
        "none" => AnswerQuality.None,
        _ => null,
    };
}
