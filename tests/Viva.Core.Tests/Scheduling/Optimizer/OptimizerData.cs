using Viva.Core.Scheduling;
using Viva.Core.Scheduling.Fsrs;
using Viva.Core.Scheduling.Fsrs.Optimizer;
using Viva.Core.Tests.Support;

namespace Viva.Core.Tests.Scheduling.Optimizer;

/// <summary>Logs the optimizer tests share, built once.</summary>
internal static class OptimizerData
{
    private static readonly Lazy<TrainingSet> RealLog = new(() =>
    {
        using var reader = File.OpenText(Repo.FsrsLog);
        return TrainingSet.From(ReviewLogCsv.Read(reader), TimeZoneInfo.Utc, 4);
    });

    /// <summary>The 12,580-review log from ../shared/data/fsrs, days counted in UTC from 4 a.m.</summary>
    public static TrainingSet Real => RealLog.Value;

    /// <summary>The weights the synthetic learner remembers with: clearly not the defaults.</summary>
    public static FsrsParameters Truth { get; } = FsrsParameters.From(
    [
        0.6, 2.0, 5.0, 14.0, 5.5, 0.9, 2.2, 0.02, 1.6, 0.12, 1.1,
        1.7, 0.08, 0.35, 1.3, 0.5, 2.4, 0.4, 0.2, 0.1, 0.3,
    ]);

    private static readonly Lazy<TrainingSet> SyntheticLog = new(() =>
        TrainingSet.From(SyntheticReviewLog.Generate(Truth, cards: 6000, days: 365, seed: 7), TimeZoneInfo.Utc, 4));

    /// <summary>About 31,000 reviews of 6,000 cards by a learner who follows <see cref="Truth"/>.</summary>
    public static TrainingSet Synthetic => SyntheticLog.Value;

    /// <summary>A handful of hand-made histories that pass through every branch of the model.</summary>
    public static IReadOnlyList<TrainingItem> Branches { get; } =
    [
        Item([Rating.Good, Rating.Good], [0, 3]),
        Item([Rating.Again, Rating.Good, Rating.Good], [0, 0, 2]),
        Item([Rating.Good, Rating.Again, Rating.Hard, Rating.Good, Rating.Easy], [0, 4, 0, 2, 7]),
        Item([Rating.Hard, Rating.Hard, Rating.Easy, Rating.Again, Rating.Again, Rating.Good], [0, 1, 5, 12, 0, 3]),
        Item([Rating.Easy, Rating.Good, Rating.Again, Rating.Good], [0, 20, 45, 9]),
    ];

    private static TrainingItem Item(Rating[] ratings, int[] days) =>
        new(new CardReviews(ratings, days), ratings.Length, DateTimeOffset.UnixEpoch);
}
