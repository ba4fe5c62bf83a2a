namespace Viva.Core.Scheduling.Interview;

/// <summary>How ready the user will be on one topic on the interview day if they studied nothing more.</summary>
/// <param name="Topic">The curated area or imported topic.</param>
/// <param name="Cards">Cards in the topic.</param>
/// <param name="Ready">Graduated cards whose recall probability on the day is 0.9 or more.</param>
/// <param name="MeanRecall">Mean recall probability on the day over all the topic's cards (new cards count as 0).</param>
public sealed record TopicForecast(string Topic, int Cards, int Ready, double MeanRecall)
{
    /// <summary>Ready ÷ cards.</summary>
    public double Readiness => Cards == 0 ? 0 : (double)Ready / Cards;
}
